import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  let model: FakeModelServer;
  let release: () => void;

  beforeAll(async () => {
    app = await startAppSession({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    const held = new Promise<void>((resolve) => (release = resolve));
    model = await startFakeOpenAiServer([{ chunks: ['Ahoy', ', Ada!'], holds: [{ afterChunks: 1, until: held }] }]);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await model?.close();
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

  it('a public chat page streams the reply from the model as it comes, and keeps the conversation after a reload', async () => {
    const credential = (await app.api.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl } })).body
      .credential.id;
    const { body } = await app.api.post('/api/graphs', {
      name: 'Deckhand',
      nodes: [
        { id: 'message', block: 'input', inputs: { name: 'message' } },
        { id: 'model', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential } },
        { id: 'reply', block: 'output', inputs: { name: 'reply' } },
      ],
      links: [
        { from: { node: 'message', output: 'result' }, to: { node: 'model', input: 'prompt' } },
        { from: { node: 'model', output: 'response' }, to: { node: 'reply', input: 'value' } },
      ],
    });
    await app.api.put(`/api/graphs/${body.id}/app`, { slug: 'deckhand', kind: 'chat', title: 'Deckhand', access: 'public' });
    const { page, context } = await stranger();
    await page.goto(`${app.server.url}/apps/deckhand`);
    await page.getByLabel('Message Deckhand').fill('Hello, I am Ada');
    await page.getByRole('button', { name: 'Send' }).click();
    // The model holds after its first token: it is on the page before the reply ends.
    await page.getByTestId('chat-streaming').filter({ hasText: 'Ahoy' }).waitFor();
    release();
    await page.getByTestId('chat-reply').filter({ hasText: 'Ahoy, Ada!' }).waitFor();
    await page.reload();
    await page.getByTestId('chat-reply').filter({ hasText: 'Ahoy, Ada!' }).waitFor();
    await expect(page.getByRole('region', { name: 'Conversation' }).textContent()).resolves.toContain('Hello, I am Ada');
    await expect(page.getByRole('navigation', { name: 'Your conversations' }).getByRole('button', { name: 'Hello, I am Ada' }).count()).resolves.toBe(1);
    await context.close();

    // The owner reads the conversation on the Ship page.
    const owner = await app.newPage();
    await owner.goto(`${app.server.url}/#/graphs/${body.id}/ship`);
    await owner.getByText('Conversations (1)').click();
    await owner.getByRole('button', { name: 'Hello, I am Ada' }).click();
    await owner.getByText('Agent: Ahoy, Ada!').waitFor();
    await owner.close();
  });

  it("shows the app as a widget on another site's page only when the app allows that site", async () => {
    // Another site: a page with the widget's tag for the app named in its path.
    const site: Server = createServer((request, response) => {
      const slug = request.url!.slice(1);
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        `<!doctype html><title>Shop</title><h1>Shop</h1><script src="${app.server.url}/widget.js" data-app="${slug}" data-label="Ask the shop" async></script>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    for (const [slug, allowedOrigins] of [
      ['shop-help', [siteOrigin]],
      ['not-for-shops', []],
    ] as const) {
      const { body } = await app.api.post('/api/graphs', passThrough(slug, 'question', 'answer', 'You asked: {{question}}'));
      await app.api.put(`/api/graphs/${body.id}/app`, { slug, title: 'Shop help', access: 'public', allowedOrigins });
    }
    const { page, context } = await stranger();
    await page.goto(`${siteOrigin}/shop-help`);
    await page.getByRole('button', { name: 'Ask the shop' }).click();
    const widget = page.frameLocator('iframe[title="Ask the shop"]');
    await widget.getByRole('heading', { name: 'Shop help' }).waitFor();
    await widget.getByLabel('question', { exact: true }).fill('Do you ship abroad?');
    await widget.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(widget.getByTestId('output-answer').textContent()).resolves.toContain('You asked: Do you ship abroad?');

    // A site the app does not allow: the browser refuses to show the page in its frame.
    await page.goto(`${siteOrigin}/not-for-shops`);
    await page.getByRole('button', { name: 'Ask the shop' }).click();
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://'))).toBe(true);
    await expect(page.frameLocator('iframe[title="Ask the shop"]').getByRole('heading', { name: 'Shop help' }).count()).resolves.toBe(0);
    await context.close();
    site.close();
  });
});
