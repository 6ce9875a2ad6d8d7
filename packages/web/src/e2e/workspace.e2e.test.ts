import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

describe('the workspace in a real browser', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await startAppSession();
    page = await app.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('uploads a file, previews it as its kind, and deletes it', async () => {
    await app.api.request('POST', '/api/files?name=written.md', '# Written by an agent', { 'content-type': 'text/markdown' });
    await page.goto(`${app.server.url}/#/workspace`);
    await page.getByRole('button', { name: 'written.md', exact: true }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nAda,London\n') });
    await page.getByRole('button', { name: 'notes.csv', exact: true }).click();
    const preview = page.getByRole('complementary', { name: 'Preview' });
    await preview.getByRole('cell', { name: 'London' }).waitFor();
    await expect(page.getByRole('row', { name: /notes\.csv/ }).textContent()).resolves.toContain('your upload');
    await page.getByRole('button', { name: 'Delete notes.csv' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'notes.csv', exact: true }).count()).toBe(0);
    expect((await app.api.get('/api/files')).body.files.map((f: { name: string }) => f.name)).toEqual(['written.md']);
  });
});
