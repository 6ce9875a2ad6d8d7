import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';

describe('notifications, in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;

  beforeAll(async () => {
    // The servers' look for what to tell comes often here, so the test waits little for it.
    app = await startAppSession({ BLOCKSMITH_NOTIFY_EVERY_MS: '200' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('rings the bell for a failed run, opens it from there, and keeps how to be told in Settings', async () => {
    const { body } = await app.api.post('/api/graphs', {
      name: 'Divider',
      nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
      links: [],
    });
    const { runId } = (await app.api.post(`/api/graphs/${body.id}/runs?wait=true`, { inputs: {} })).body;
    await expect.poll(async () => (await app.api.get('/api/notifications')).body.unread, { timeout: 15_000 }).toBe(1);

    const page = await app.newPage();
    await page.goto(`${app.server.url}/#/`);
    await expect(page.getByTestId('unread-notifications').textContent()).resolves.toBe('1');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const item = panel.getByTestId('notification').filter({ hasText: '“Divider” failed' });
    await expect(item.textContent()).resolves.toContain('Division by zero');
    await item.getByRole('link').click();
    await page.waitForURL(`**/#/graphs/${body.id}/runs/${runId}`);
    await expect.poll(() => page.getByTestId('unread-notifications').count()).toBe(0);

    await page.goto(`${app.server.url}/#/settings`);
    const section = page.getByRole('region', { name: 'Notifications' });
    await section.getByLabel('Webhook').fill('https://hooks.example.test/services/T0/B0/x');
    await section.getByLabel('Divider').uncheck();
    await section.getByRole('button', { name: 'Save notifications' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect((await app.api.get('/api/notifications/settings')).body.settings).toEqual({
      email: false,
      webhookUrl: 'https://hooks.example.test/services/T0/B0/x',
      mutedAgents: [body.id],
    });
    await page.close();
  });
});
