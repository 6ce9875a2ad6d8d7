import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';

const HOURS = 'The office opens at nine in the morning and closes at five in the afternoon.';

describe('knowledge bases in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let model: FakeModelServer;
  let page: Page;
  let credentialId: string;

  beforeAll(async () => {
    model = await startFakeOpenAiServer([]);
    app = await startAppSession({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    credentialId = (await app.api.post('/api/credentials', { name: 'Embedder', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } }))
      .body.credential.id;
    page = await app.newPage();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await model?.close();
  });

  it('makes a knowledge base, ingests a file and a text, shows their passages, finds one by a query, and an agent cites it', async () => {
    await page.goto(`${app.server.url}/#/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge', exact: true }).click();
    const form = page.getByRole('form', { name: 'New knowledge base' });
    await form.getByLabel('Name', { exact: true }).fill('Handbook');
    // The credentials are read when the page opens: the choice fills in once they come.
    await expect.poll(() => form.getByLabel('Embedded by').inputValue()).toBe(credentialId);
    await form.getByRole('button', { name: 'New knowledge base' }).click();
    await page.getByRole('heading', { name: 'Knowledge base “Handbook”' }).waitFor();

    await page.locator('input[type=file]').setInputFiles({ name: 'hours.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Opening hours\n\n${HOURS}`) });
    const documents = page.getByRole('table', { name: 'Documents' });
    await documents.getByRole('button', { name: 'hours.md', exact: true }).waitFor();
    const text = page.getByRole('form', { name: 'Add a text' });
    await text.getByLabel('Text name').fill('parking.md');
    await text.getByLabel('Text', { exact: true }).fill('Visitors park in the north lot behind the building.');
    await text.getByRole('button', { name: 'Add text' }).click();
    await documents.getByRole('button', { name: 'parking.md', exact: true }).waitFor();
    await page.getByText('2 documents, 2 passages').waitFor();

    await documents.getByRole('button', { name: 'hours.md', exact: true }).click();
    await documents.getByRole('listitem').filter({ hasText: HOURS }).waitFor();

    await page.getByLabel('Query', { exact: true }).fill('When does the office open in the morning?');
    await page.getByRole('form', { name: 'Try a query' }).getByRole('button', { name: 'Search' }).click();
    const found = page.getByRole('list', { name: 'Found passages' });
    await expect.poll(async () => (await found.getByRole('listitem').first().textContent()) ?? '').toContain('hours.md');

    const graph = await app.api.post('/api/graphs', {
      name: 'Ask the handbook',
      nodes: [
        {
          id: 'find',
          block: 'knowledge.search',
          inputs: { knowledge_base: 'Handbook', query: 'when does the office open', limit: 1, credential: credentialId },
        },
        { id: 'out', block: 'output', inputs: { name: 'context' } },
      ],
      links: [{ from: { node: 'find', output: 'context' }, to: { node: 'out', input: 'value' } }],
    });
    await page.goto(`${app.server.url}/#/graphs/${graph.body.id}`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-context').textContent()).resolves.toContain('[1] (hours.md)');
  });
});
