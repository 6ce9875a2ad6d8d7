import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';

describe('data tables in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await startAppSession();
    page = await app.newPage();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const cell = (column: string, row: number) => page.getByRole('button', { name: new RegExp(`^Edit ${column} of row ${row}:`) });
  const edit = async (column: string, row: number, text: string) => {
    await cell(column, row).click();
    await page.getByLabel(`${column} of row ${row}`, { exact: true }).fill(text);
    await page.getByLabel(`${column} of row ${row}`, { exact: true }).press('Enter');
  };
  const column = (name: string) =>
    page.getByRole('table', { name: 'Rows of Inventory' }).locator(`td.cell-${name === 'count' ? 'number' : 'text'} .cell-value`);

  it('makes a table, edits it in the grid, imports a CSV, sorts and filters it, and a run reads what was edited', async () => {
    await page.goto(`${app.server.url}/#/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tables', exact: true }).click();
    const form = page.getByRole('form', { name: 'New table' });
    await form.getByLabel('Name', { exact: true }).fill('Inventory');
    await form.getByLabel('Column 1 name').fill('item');
    await form.getByRole('button', { name: 'Add column' }).click();
    await form.getByLabel('Column 2 name').fill('count');
    await form.getByLabel('Column 2 type').selectOption('number');
    await form.getByRole('button', { name: 'New table', exact: true }).click();
    await page.getByRole('heading', { name: 'Table “Inventory”' }).waitFor();

    await page.getByRole('button', { name: 'Add row' }).click();
    await edit('item', 1, 'owls');
    await cell('item', 1).filter({ hasText: 'owls' }).waitFor();
    // A value the column cannot take is refused, saying why, and the editor stays open to fix it.
    await edit('count', 1, 'many');
    await page.getByRole('alert').filter({ hasText: 'Column "count" takes a number; "many" is not.' }).waitFor();
    await page.getByLabel('count of row 1', { exact: true }).fill('7');
    await page.getByLabel('count of row 1', { exact: true }).press('Enter');
    await cell('count', 1).filter({ hasText: '7' }).waitFor();

    await page.locator('input[type=file]').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('item,count\nbats,3\ncats,12\n') });
    await page.getByText('Rows 1–3 of 3').waitFor();
    await page.getByRole('button', { name: /^count number/ }).click();
    await page.getByRole('button', { name: /^count number/ }).click();
    await expect.poll(() => column('count').allTextContents()).toEqual(['12', '7', '3']);
    await page.getByLabel('Filter count').fill('>= 5');
    await expect.poll(() => column('item').allTextContents()).toEqual(['cats', 'owls']);
    await page.getByLabel('Filter item').fill('OW');
    await expect.poll(() => column('item').allTextContents()).toEqual(['owls']);

    const graph = await app.api.post('/api/graphs', {
      name: 'Count owls',
      nodes: [
        { id: 'find', block: 'table.query', inputs: { table: 'Inventory', where: [{ column: 'item', value: 'owls' }] } },
        { id: 'pick', block: 'dict.get', inputs: { key: 'count' } },
        { id: 'out', block: 'output', inputs: { name: 'owls' } },
      ],
      links: [
        { from: { node: 'find', output: 'first' }, to: { node: 'pick', input: 'dict' } },
        { from: { node: 'pick', output: 'value' }, to: { node: 'out', input: 'value' } },
      ],
    });
    expect(graph.status).toBe(201);
    await page.goto(`${app.server.url}/#/graphs/${graph.body.id}`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-owls').textContent()).resolves.toContain('7');
  });
});
