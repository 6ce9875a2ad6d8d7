import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

const passThrough = (name: string, input: string, output: string, template?: string) => ({
  name,
  nodes: [
    { id: 'in', block: 'input', inputs: { name: input, description: `Your ${input}` } },
    ...(template ? [{ id: 'fill', block: 'text.template', inputs: { template } }] : []),
    { id: 'out', block: 'output', inputs: { name: output } },
  ],
  links: template
    ? [
        { from: { node: 'in', output: 'result' }, to: { node: 'fill', input: `values.${input}` } },
        { from: { node: 'fill', output: 'result' }, to: { node: 'out', input: 'value' } },
      ]
    : [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
});

describe('app pages, in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startAppSession();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  /** A fresh browser with no account: someone the app's link was sent to. */
  const stranger = async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(STATE_WAIT_MS);
    return { context, page };
  };

  it('publishes an agent from its Ship page; someone signed out runs it, sees the output, and finds the run again after a reload', async () => {
    const { body } = await app.api.post('/api/graphs', passThrough('Greeter', 'name', 'greeting', 'Hello, {{name}}!'));
    const owner = await app.newPage();
    await owner.goto(`${app.server.url}/#/graphs/${body.id}/ship`);
    const section = owner.getByRole('region', { name: 'App page' });
    await section.getByLabel('Address').fill('greeter');
    await section.getByLabel('Open to').selectOption('public');
    await section.getByRole('button', { name: 'Publish as an app' }).click();
    const address = await section.getByTestId('app-address').textContent();
    expect(address).toBe(`${app.server.url}/apps/greeter`);

    const { context, page } = await stranger();
    await page.goto(address!);
    await page.getByRole('heading', { name: 'Greeter' }).waitFor();
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await page.getByLabel('name', { exact: true }).fill('Ada');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('app-run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-greeting').textContent()).resolves.toContain('Hello, Ada!');

    await page.reload();
    await page.getByRole('region', { name: 'Your runs' }).getByRole('listitem').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-greeting').textContent()).resolves.toContain('Hello, Ada!');
    await context.close();

    // The owner sees the run among the agent's runs, started from the app page.
    await owner.goto(`${app.server.url}/#/runs`);
    await owner.getByText('started from an app page').first().waitFor();

    // Taken down, the page says so.
    await owner.goto(`${app.server.url}/#/graphs/${body.id}/ship`);
    await owner.getByRole('region', { name: 'App page' }).getByRole('button', { name: 'Take the page down' }).click();
    await owner.getByRole('region', { name: 'App page' }).getByRole('button', { name: 'Publish as an app' }).waitFor();
    const again = await stranger();
    await again.page.goto(address!);
    await again.page.getByRole('alert').filter({ hasText: 'There is no app at this address' }).waitFor();
    await again.context.close();
    await owner.close();
  });

  it("takes a file for a field, and the visitor downloads what the run made of it through the app's link", async () => {
    const { body } = await app.api.post('/api/graphs', passThrough('Keeper', 'doc', 'kept'));
    const published = await app.api.put(`/api/graphs/${body.id}/app`, { slug: 'keeper', title: 'Keeper', access: 'link' });
    const { page, context } = await stranger();
    await page.goto(`${app.server.url}${published.body.app.path}`);
    await page.getByLabel('Upload a file for doc').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('kept safe') });
    await page.getByText('notes.txt').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('app-run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    const href = await page.getByTestId('output-kept').getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/api\/apps\/keeper\/runs\/[\w-]+\/files\/[\w-]+\?key=/);
    await expect(page.evaluate((url) => fetch(url).then((r) => r.text()), href!)).resolves.toBe('kept safe');
    // Without the link's key the page is not found.
    await page.goto(`${app.server.url}/apps/keeper`);
    await page.getByRole('alert').filter({ hasText: 'There is no app at this address' }).waitFor();
    await context.close();
  });
});
