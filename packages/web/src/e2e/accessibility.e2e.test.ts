import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';
import { needsTopicGraph } from '@blocksmith/server/testing';
import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, and axe's best practices. */
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** What axe finds on the page as it is now, one line per rule and element, so a failure names what to fix. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses an injected script tag.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: ${JSON.stringify(RULE_SETS)} })`)) as { violations: Violation[] };
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

describe('every page passes axe in both themes', { timeout: BROWSER_TEST_TIMEOUT_MS * 2 }, () => {
  let app: AppSession;
  let wordStats: string;
  let divider: string;
  let runId: string;
  let datasetId: string;
  let tableId: string;
  let knowledgeId: string;
  let model: FakeModelServer;
  let evaluationId: string;
  let shareToken: string;

  beforeAll(async () => {
    // Notifications come fast, so the bell's panel holds the Divider's failure when it is checked.
    // A local model embeds the knowledge base's document (a private address the server may reach here).
    model = await startFakeOpenAiServer([]);
    app = await startAppSession({ BLOCKSMITH_NOTIFY_EVERY_MS: '200', BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    const { body } = await app.api.get('/api/graphs?search=Word%20stats');
    wordStats = body.graphs[0].id;
    runId = (await app.api.post(`/api/graphs/${wordStats}/runs?wait=true`, { inputs: {} })).body.runId;
    // A run that fails, so error pins, a failed badge and an error on the Runs page are on screen.
    divider = (
      await app.api.post('/api/graphs', {
        name: 'Divider',
        nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
        links: [],
      })
    ).body.id;
    await app.api.post(`/api/graphs/${divider}/runs?wait=true`, { inputs: {} });
    // A schedule whose fires start no run (the agent needs an input it does not give), listed on the Runs page.
    const needy = (await app.api.post('/api/graphs', needsTopicGraph)).body.id;
    await app.api.post(`/api/graphs/${needy}/schedules`, { name: 'tick', cron: '* * * * * *', timezone: 'UTC', inputs: { topic: 'tides' } });
    await app.api.put(`/api/graphs/${needy}`, {
      ...needsTopicGraph,
      nodes: [...needsTopicGraph.nodes, { id: 'lang', block: 'input', inputs: { name: 'lang' } }],
    });
    await app.api.request('POST', '/api/files?name=notes.md', '# Notes', { 'content-type': 'text/markdown' });
    // A dataset with a case and an evaluator, evaluated, and a release with a gate: the shipping pages have all their parts.
    const dataset = await app.api.post('/api/datasets', {
      name: 'Stats cases',
      graphId: wordStats,
      evaluators: [
        { kind: 'number', output: 'word_count', tolerance: 1 },
        { kind: 'judge', output: 'loud', rubric: 'Shouts the sentence.' },
      ],
      cases: [{ inputs: {}, expected: { word_count: 1 } }],
    });
    datasetId = dataset.body.dataset.id;
    tableId = (await app.api.post('/api/tables', { name: 'Stock', csv: 'item,count,checked\nowls,7,2026-12-01\nbats,3,\n' })).body.table.id;
    evaluationId = (await app.api.post(`/api/graphs/${wordStats}/evaluations`, { dataset: datasetId })).body.evaluation.id;
    await app.api.waitForEvaluation(evaluationId);
    // Made after the evaluation: its judge would otherwise find this model credential and ask a model that has no answer scripted.
    const embedder = (await app.api.post('/api/credentials', { name: 'Embedder', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } }))
      .body.credential.id;
    knowledgeId = (await app.api.post('/api/knowledge', { name: 'Handbook', credentialId: embedder })).body.base.id;
    await app.api.post(`/api/knowledge/${knowledgeId}/documents`, { name: 'hours.md', text: 'The office opens at nine.' });
    await app.api.put(`/api/graphs/${wordStats}/aliases/production`, { version: 1 });
    await app.api.put(`/api/graphs/${wordStats}/budget`, { day: { costUsd: 1 } });
    shareToken = (await app.api.post(`/api/runs/${runId}/shares`)).body.token;
    await app.api.put(`/api/graphs/${wordStats}/app`, { slug: 'word-stats', title: 'Word stats', description: 'Counts the words.', access: 'public' });
    const echo = await app.api.post('/api/graphs', {
      name: 'Echo chat',
      nodes: [
        { id: 'message', block: 'input', inputs: { name: 'message' } },
        { id: 'reply', block: 'output', inputs: { name: 'reply' } },
      ],
      links: [{ from: { node: 'message', output: 'result' }, to: { node: 'reply', input: 'value' } }],
    });
    await app.api.put(`/api/graphs/${echo.body.id}/app`, { slug: 'echo-chat', kind: 'chat', title: 'Echo chat', access: 'public' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await model?.close();
  });

  /** Each page (its address, or how to find it once the data is made), and what shows it has loaded. */
  const pages: [string | (() => string), (page: Page) => Promise<unknown>][] = [
    ['#/', (p) => p.locator('.home-list li').first().waitFor()],
    ['#/agents', (p) => p.locator('.agent-card').first().waitFor()],
    [
      '#/runs',
      (p) =>
        expect
          .poll(async () => {
            await p.reload();
            await p.locator('tbody tr').nth(1).waitFor();
            return p.locator('.failed-fires').count();
          })
          .toBe(1),
    ],
    ['#/copilot', (p) => p.getByRole('heading', { name: 'Copilot', level: 1 }).waitFor()],
    ['#/files', (p) => p.getByText('notes.md').first().waitFor()],
    ['#/reviews', (p) => p.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor()],
    ['#/settings', (p) => p.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()],
    ['#/datasets', (p) => p.getByRole('link', { name: 'Stats cases' }).waitFor()],
    [() => `#/datasets/${datasetId}`, (p) => p.getByLabel('Case 1: inputs').waitFor()],
    ['#/tables', (p) => p.getByRole('link', { name: 'Stock' }).waitFor()],
    ['#/knowledge', (p) => p.getByRole('link', { name: 'Handbook' }).waitFor()],
    [() => `#/knowledge/${knowledgeId}`, (p) => p.getByRole('button', { name: 'hours.md', exact: true }).waitFor()],
    [() => `#/tables/${tableId}`, (p) => p.getByRole('button', { name: 'Edit item of row 2: bats' }).waitFor()],
    [() => `#/graphs/${wordStats}/ship`, (p) => p.getByTestId('alias-production').waitFor()],
    [() => `#/evaluations/${evaluationId}`, (p) => p.getByTestId('case-1').waitFor()],
    [() => `#/shared/${shareToken}`, (p) => p.getByTestId('output-word_count').waitFor()],
    [
      'apps/word-stats',
      async (p) => {
        await p.getByRole('button', { name: 'Run', exact: true }).click();
        await p.getByTestId('app-run-status').filter({ hasText: 'COMPLETED' }).waitFor();
        await p.getByTestId('output-word_count').waitFor();
      },
    ],
    [
      'apps/echo-chat',
      async (p) => {
        await p.getByLabel('Message Echo chat').fill('Is this **readable**?');
        await p.getByRole('button', { name: 'Send' }).click();
        await p.getByTestId('chat-reply').first().waitFor();
      },
    ],
    ['#/nowhere', (p) => p.getByRole('heading', { name: 'Nothing here' }).waitFor()],
  ];

  for (const theme of ['light', 'dark'] as const) {
    it(`finds nothing on any page in the ${theme} theme`, async () => {
      const page = await app.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript((t) => localStorage.setItem('blocksmith.theme', t), theme);
      const found: string[] = [];
      for (const [place, loaded] of pages) {
        const address = typeof place === 'string' ? place : place();
        await page.goto(`${app.server.url}/${address}`);
        await loaded(page);
        found.push(...(await violations(page)).map((v) => `${address}: ${v}`));
      }
      // Opened parts: an agent's menu, the rename dialog, the account menu.
      await page.goto(`${app.server.url}/#/agents`);
      await page.getByRole('button', { name: 'Actions for Divider' }).click();
      await page.getByRole('menu').waitFor();
      found.push(...(await violations(page)).map((v) => `agent menu: ${v}`));
      await page.getByRole('menuitem', { name: 'Rename…' }).click();
      await page.getByRole('dialog').waitFor();
      found.push(...(await violations(page)).map((v) => `rename dialog: ${v}`));
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Account: / }).click();
      await page.getByRole('menu').waitFor();
      found.push(...(await violations(page)).map((v) => `account menu: ${v}`));
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await app.api.get('/api/notifications')).body.notifications.length, { timeout: 15_000 }).toBeGreaterThan(0);
      await page.reload();
      await page.getByTestId('unread-notifications').waitFor();
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('dialog', { name: 'Notifications' }).getByTestId('notification').first().waitFor();
      found.push(...(await violations(page)).map((v) => `notifications: ${v}`));
      await page.keyboard.press('Escape');
      // The editor after a run: node statuses, pins, the outputs as JSON, the history; then a failed node's error.
      await page.goto(`${app.server.url}/#/graphs/${wordStats}/runs/${runId}`);
      await page.getByTestId('output-lengths').waitFor();
      await page.getByTestId('node-split').locator('header').click();
      await page.getByTestId('node-inspector').waitFor();
      found.push(...(await violations(page)).map((v) => `editor: ${v}`));
      await page.getByRole('button', { name: 'Triggers' }).click();
      await page.getByRole('region', { name: 'Triggers' }).waitFor();
      found.push(...(await violations(page)).map((v) => `triggers panel: ${v}`));
      await page.goto(`${app.server.url}/#/graphs/${divider}`);
      await page.getByTestId('node-divide').locator('.node-error').waitFor();
      found.push(...(await violations(page)).map((v) => `failed node: ${v}`));
      expect(found).toEqual([]);
      await page.close();
    });
  }

  it('finds nothing on the sign-in page', async () => {
    const browser: Browser = app.browser;
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(STATE_WAIT_MS);
    await page.goto(app.server.url);
    await page.getByLabel('Email').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
