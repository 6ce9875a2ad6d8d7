import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

describe('the Files page in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
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
    await page.goto(`${app.server.url}/#/files`);
    await page.getByRole('button', { name: 'written.md', exact: true }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nAda,London\n') });
    await page.getByRole('button', { name: 'notes.csv', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('cell', { name: 'London' }).waitFor();
    await expect(page.getByRole('row', { name: /notes\.csv/ }).textContent()).resolves.toContain('your upload');
    await page.getByRole('button', { name: 'Delete notes.csv' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'notes.csv', exact: true }).count()).toBe(0);
    expect((await app.api.get('/api/files')).body.files.map((f: { name: string }) => f.name)).toEqual(['written.md']);
  });

  it("feeds an earlier run's artifact into the next run, picked from the workspace in the Run panel", async () => {
    const { body: graph } = await app.api.post('/api/graphs', {
      name: 'Read a file',
      nodes: [
        { id: 'doc', block: 'input', inputs: { name: 'doc' } },
        { id: 'read', block: 'file.read_text' },
        { id: 'out', block: 'output', inputs: { name: 'text' } },
      ],
      links: [
        { from: { node: 'doc', output: 'result' }, to: { node: 'read', input: 'file' } },
        { from: { node: 'read', output: 'text' }, to: { node: 'out', input: 'value' } },
      ],
    });
    await page.goto(`${app.server.url}/#/graphs/${graph.id}`);
    const picker = page.getByLabel('Pick a workspace file for doc');
    await expect.poll(() => picker.locator('option').count()).toBe(2);
    await picker.selectOption({ label: 'written.md (upload)' });
    await expect(page.locator('#run-input-doc').inputValue()).resolves.toContain('"name":"written.md"');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-text').textContent()).resolves.toContain('Written by an agent');
  });

  it('offers an agent to MCP clients from its library card, and shows the setting in the builder', async () => {
    await page.goto(`${app.server.url}/#/agents`);
    await page.getByRole('button', { name: 'Actions for Read a file' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'MCP tool' }).click();
    const agent = (await app.api.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'Read a file');
    await expect.poll(async () => (await app.api.get(`/api/graphs/${agent.id}`)).body.mcp).toBe(true);
    await page.goto(`${app.server.url}/#/graphs/${agent.id}`);
    await expect.poll(() => page.getByLabel('MCP tool').isChecked()).toBe(true);
    await page.getByLabel('MCP tool').uncheck();
    await expect.poll(async () => (await app.api.get(`/api/graphs/${agent.id}`)).body.mcp).toBe(false);
  });
});
