import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

describe('sharing a run by link, in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startAppSession();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows a shared run to someone signed out, and stops when the link is stopped', async () => {
    const { body } = await app.api.post('/api/graphs', {
      name: 'Greeter',
      nodes: [
        { id: 'name', block: 'input', inputs: { name: 'name' } },
        { id: 'greet', block: 'text.template', inputs: { template: 'Hello, {{name}}!' } },
        { id: 'out', block: 'output', inputs: { name: 'greeting' } },
      ],
      links: [
        { from: { node: 'name', output: 'result' }, to: { node: 'greet', input: 'values.name' } },
        { from: { node: 'greet', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    });
    const page = await app.newPage();
    await page.goto(`${app.server.url}/#/graphs/${body.id}`);
    await page.locator('#run-input-name').fill('Ada');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await page.locator('.run-share summary').click();
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(new RegExp(`^${app.server.url}/#/shared/bss_[\\w-]+$`));
    await page.locator('.run-share summary', { hasText: '1 link' }).waitFor();

    // Someone with the link and no account: the run's inputs and outputs, and nothing of the app around them.
    const visitor = await app.browser.newContext();
    const shared = await visitor.newPage();
    shared.setDefaultTimeout(STATE_WAIT_MS);
    await shared.goto(link);
    await shared.getByTestId('shared-run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(shared.getByTestId('output-greeting').textContent()).resolves.toContain('Hello, Ada!');
    await expect(shared.getByRole('region', { name: 'The run' }).textContent()).resolves.toContain('Ada');
    await expect(shared.getByRole('navigation').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await page.locator('.run-share summary', { hasText: /^Share$/ }).waitFor();
    await shared.reload();
    await shared.getByRole('alert').filter({ hasText: 'This link does not work' }).waitFor();
    await expect(shared.getByTestId('output-greeting').count()).resolves.toBe(0);
    await visitor.close();
    await page.close();
  });
});
