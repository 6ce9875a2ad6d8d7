import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { reviewGraph } from '@blocksmith/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

describe('human review in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let builder: Page;
  let graphId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppSession();
    builder = await app.newPage();
    builder.on('pageerror', (error) => pageErrors.push(String(error)));
    graphId = (await app.api.post('/api/graphs', reviewGraph)).body.id;
    await builder.goto(`${app.server.url}/#/graphs/${graphId}`);
    await builder.getByTestId('node-ask').waitFor();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('approves a pending review, edited, from the inbox while the builder watches the run finish live', async () => {
    await builder.locator('#run-input-draft').fill('"Hi Ada"');
    await builder.getByRole('button', { name: 'Run', exact: true }).click();
    await builder.getByTestId('run-status').filter({ hasText: 'REVIEW' }).waitFor();
    await expect(builder.getByTestId('node-ask').getAttribute('data-status')).resolves.toBe('REVIEW');
    await expect.poll(() => builder.getByTestId('reviews-link').textContent()).toBe('Reviews1');

    const inbox = await app.newPage();
    await inbox.goto(`${app.server.url}/#/reviews`);
    const card = inbox.locator('.review-card').first();
    // The message is markdown: **Send** is bold.
    await expect(card.locator('.markdown strong').textContent()).resolves.toBe('Send');
    await expect(card.locator('.output-view').textContent()).resolves.toContain('Hi Ada');
    await card.getByRole('button', { name: 'Edit data' }).click();
    await card.getByLabel('Data', { exact: true }).fill('Hello Ada, see you at 3.');
    await card.getByRole('button', { name: 'Approve' }).click();
    await inbox.getByText('Nothing waits for you.').waitFor();
    await inbox.getByText(/approved · Email with approval · node ask/).waitFor();

    await builder.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(builder.getByTestId('output-sent').textContent()).resolves.toContain('Hello Ada, see you at 3.');
    await expect(builder.getByTestId('node-sent').getAttribute('data-status')).resolves.toBe('COMPLETED');
    await expect.poll(() => builder.getByTestId('reviews-link').textContent()).toBe('Reviews');
    await inbox.close();
  });

  it('rejects from the node in the run view, with a reason, and the rejection goes out on rejected', async () => {
    await builder.locator('#run-input-draft').fill('"Buy 1000 shares"');
    await builder.getByRole('button', { name: 'Run', exact: true }).click();
    const node = builder.getByTestId('node-ask');
    await node.locator('.review-card').waitFor();
    await node.getByLabel('Reason for rejecting').fill('Too risky.');
    await node.getByRole('button', { name: 'Reject' }).click();
    await builder.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(builder.getByTestId('output-stopped').textContent()).resolves.toContain('Too risky.');
    await expect(node.locator('.review-card').count()).resolves.toBe(0);
  });

  it('edits structured data as a form generated from its shape: fields by key, a yes/no, list items added', async () => {
    await builder.locator('#run-input-draft').fill(JSON.stringify({ to: 'ada@x.test', lines: ['Hi Ada'], urgent: false, tries: 1 }));
    await builder.getByRole('button', { name: 'Run', exact: true }).click();
    const node = builder.getByTestId('node-ask');
    await node.getByRole('button', { name: 'Edit data' }).click();
    await node.getByLabel('to', { exact: true }).fill('grace@x.test');
    await node.getByLabel('urgent', { exact: true }).check();
    await node.getByLabel('tries', { exact: true }).fill('3');
    await node.getByRole('button', { name: 'Add to lines' }).click();
    await node.getByLabel('lines 2', { exact: true }).fill('See you at 3.');
    await node.getByRole('button', { name: 'Approve' }).click();
    await builder.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    const sent = (await builder.getByTestId('output-sent').textContent())!;
    for (const part of ['grace@x.test', 'See you at 3.', 'true', '3']) expect(sent).toContain(part);
  });

  it('says why an edit cannot be approved, and approves nothing', async () => {
    await builder.locator('#run-input-draft').fill('"x"');
    await builder.getByRole('button', { name: 'Run', exact: true }).click();
    const node = builder.getByTestId('node-ask');
    await node.getByRole('button', { name: 'Edit data' }).click();
    await node.getByRole('button', { name: 'Edit as JSON' }).click();
    await node.locator('.cm-content').fill('{ not json');
    await node.getByRole('button', { name: 'Approve' }).click();
    await node
      .getByRole('alert')
      .filter({ hasText: /not valid JSON/ })
      .waitFor();
    await expect(builder.getByTestId('run-status').textContent()).resolves.toBe('REVIEW');
    await builder.getByRole('button', { name: 'Stop' }).click();
    await builder.getByTestId('run-status').filter({ hasText: 'TERMINATED' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
