import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { askThenShoutGraph, slowGraph } from '@blocksmith/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';

describe('the debug loop in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  let model: FakeModelServer;
  let graphId: string;
  const pageErrors: string[] = [];
  const node = (id: string) => page.getByTestId(`node-${id}`);

  beforeAll(async () => {
    model = await startFakeOpenAiServer([{ chunks: ['Owls ', 'hoot'] }]);
    app = await startAppSession({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    const { body } = await app.api.post('/api/credentials', {
      name: 'Local model',
      kind: 'openai_compatible',
      fields: { baseUrl: model.baseUrl, apiKey: 'k' },
    });
    graphId = (await app.api.post('/api/graphs', askThenShoutGraph(body.credential.id))).body.id;
    page = await app.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await model?.close();
  });

  it('re-runs from the last steps after a change: the model is not asked again, reused nodes are marked', async () => {
    await page.goto(`${app.server.url}/#/graphs/${graphId}`);
    await node('shout').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-answer').textContent()).resolves.toContain('OWLS HOOT');
    expect(model.requests).toHaveLength(1);

    // Change the last step, then re-run from it: the change is saved, and only it and what follows run.
    await node('shout').locator('header').click();
    await page.getByRole('region', { name: 'Node settings' }).getByLabel('mode').selectOption('lower');
    await page.getByTestId('node-inspector').getByRole('button', { name: 'Re-run from here' }).click();
    // Case matters: the last run answered "OWLS HOOT".
    await page
      .getByTestId('output-answer')
      .filter({ hasText: /owls hoot/ })
      .waitFor();
    await expect(page.getByTestId('run-status').textContent()).resolves.toBe('COMPLETED');
    expect(model.requests).toHaveLength(1);
    await expect(node('ask').getAttribute('data-reused')).resolves.toBe('true');
    await expect(node('ask').locator('.status-badge').textContent()).resolves.toContain('reused');
    await expect(node('shout').getAttribute('data-reused')).resolves.toBeNull();
    await expect(node('shout').getAttribute('data-status')).resolves.toBe('COMPLETED');
    const runs = (await app.api.get(`/api/runs?graphId=${graphId}`)).body.runs;
    expect(runs[0].trigger).toEqual({ kind: 'rerun', runId: runs[1].id, fromNode: 'shout' });
    expect(runs[0].graphVersion).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it("pins a node's outputs from a run and by hand: runs from the editor put them out and the model is not asked", async () => {
    await node('ask').locator('header').click();
    await page.getByTestId('node-inspector').getByRole('button', { name: 'Pin these outputs' }).click();
    await page.locator('[data-testid="node-ask"][data-pinned="true"]').waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Pinned, so not run here: ask' }).count()).resolves.toBe(1);
    const settings = page.getByRole('region', { name: 'Node settings' });
    const pins = settings.getByLabel('Pinned outputs of ask (JSON)');
    expect(JSON.parse(await pins.inputValue())).toMatchObject({ response: ['Owls hoot'] });

    await pins.fill('{"response": ["Pinned by hand"]}');
    await settings.getByRole('button', { name: 'Save pinned outputs' }).click();
    await expect.poll(async () => (await app.api.get(`/api/graphs/${graphId}/pins`)).body.pins[0]?.outputs).toEqual({ response: ['Pinned by hand'] });
    await pins.fill('{"reply": ["x"]}');
    await settings.getByRole('button', { name: 'Save pinned outputs' }).click();
    await settings.getByRole('alert').filter({ hasText: 'ai.text has no output "reply"' }).waitFor();
    await pins.fill('{"response": ["Pinned by hand"]}');

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page
      .getByTestId('output-answer')
      .filter({ hasText: /pinned by hand/ })
      .waitFor();
    expect(model.requests).toHaveLength(1);
    const latest = (await app.api.get(`/api/runs?graphId=${graphId}`)).body.runs[0];
    expect(latest.trigger).toEqual({ kind: 'manual', pins: true });
    expect((await app.api.get(`/api/runs/${latest.id}`)).body.nodes.ask.latest.pinned).toBe(true);

    await settings.getByRole('button', { name: 'Unpin' }).click();
    await expect.poll(() => node('ask').getAttribute('data-pinned')).toBeNull();
    await expect(page.getByRole('status').filter({ hasText: 'Pinned, so not run here' }).count()).resolves.toBe(0);
  });

  it('runs one node alone with its inputs from the run shown, edited in a form; nothing else runs', async () => {
    await node('shout').locator('header').click();
    const settings = page.getByRole('region', { name: 'Node settings' });
    // A field per linked input, from the block's schema, filled from the run shown.
    const text = settings.locator('#alone-shout-text');
    await expect(text.inputValue()).resolves.toBe('Pinned by hand');
    await text.fill('Only Me');
    await settings.getByRole('button', { name: 'Run this node' }).click();
    await expect.poll(async () => (await app.api.get(`/api/runs?graphId=${graphId}&trigger=node`)).body.total).toBe(1);
    await page.getByTestId('node-inspector').filter({ hasText: 'only me' }).waitFor();
    await expect(node('ask').getAttribute('data-status')).resolves.toBe('');
    await expect(node('shout').getAttribute('data-status')).resolves.toBe('COMPLETED');
    expect(model.requests).toHaveLength(1);
  });

  it("shows what a node's block logged, with its time and result, when it runs alone", async () => {
    const coded = {
      name: 'Doubler',
      nodes: [{ id: 'double', block: 'code.javascript', inputs: { code: 'console.log("doubling", inputs.x); return inputs.x * 2;', inputs: { x: 21 } } }],
      links: [],
    };
    const codedId = (await app.api.post('/api/graphs', coded)).body.id;
    await page.goto(`${app.server.url}/#/graphs/${codedId}`);
    await node('double').locator('header').click();
    await page.getByRole('region', { name: 'Node settings' }).getByRole('button', { name: 'Run this node' }).click();
    const inspector = page.getByTestId('node-inspector');
    await inspector.locator('.node-logs').filter({ hasText: 'doubling 21' }).waitFor();
    await expect(inspector.textContent()).resolves.toContain('42');
    await expect(inspector.locator('h3').textContent()).resolves.toMatch(/: completed, in \d/);
    await page.goto(`${app.server.url}/#/graphs/${graphId}`);
    await node('shout').waitFor();
  });

  it('opens a run of an older version on that version, read-only, with the way back to the latest', async () => {
    const runs = (await app.api.get(`/api/runs?graphId=${graphId}&trigger=manual`)).body.runs;
    const first = runs.at(-1);
    expect(first.graphVersion).toBe(1);
    await page.goto(`${app.server.url}/#/graphs/${graphId}/runs/${first.id}`);
    const banner = page.getByTestId('version-banner');
    await banner.filter({ hasText: 'Version 1, which this run ran' }).waitFor();
    await expect(node('shout').textContent()).resolves.toContain('upper');
    await expect(page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('#run-blockers').textContent()).resolves.toContain('go back to the latest version');
    // An edit is refused, saying how to edit.
    await node('shout').locator('header').click();
    await page.getByRole('region', { name: 'Node settings' }).getByLabel('mode').selectOption('title');
    await page.getByRole('status').filter({ hasText: 'This is version 1, shown for its run' }).waitFor();
    await expect(node('shout').textContent()).resolves.toContain('upper');

    await banner.getByRole('button', { name: 'Back to the latest version' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect(node('shout').textContent()).resolves.toContain('lower');
    await expect(page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).resolves.toBe(false);
  });

  it('lists every run of a fanned-out node, a page at a time, each with its values', async () => {
    const words = Array.from({ length: 25 }, (_, i) => `word${i + 1}`);
    const fanOut = {
      name: 'Fan out',
      nodes: [
        { id: 'each', block: 'list.for_each', inputs: { items: words }, position: { x: 0, y: 0 } },
        { id: 'up', block: 'text.case', inputs: { mode: 'upper' }, position: { x: 320, y: 0 } },
      ],
      links: [{ from: { node: 'each', output: 'item' }, to: { node: 'up', input: 'text' } }],
    };
    const fanId = (await app.api.post('/api/graphs', fanOut)).body.id;
    const runId = (await app.api.post(`/api/graphs/${fanId}/runs?wait=true`, { inputs: {} })).body.runId;
    await page.goto(`${app.server.url}/#/graphs/${fanId}/runs/${runId}`);
    await page.locator('[data-testid="node-up"][data-status="COMPLETED"]').waitFor();
    await node('up').locator('header').click();
    const everyRun = page.getByTestId('node-runs');
    await everyRun.getByText('Every run of this node (25)').waitFor();
    await expect.poll(() => everyRun.locator(':scope > ol > li').count()).toBe(20);
    await everyRun.getByRole('button', { name: 'Show 20 more' }).click();
    await expect.poll(() => everyRun.locator(':scope > ol > li').count()).toBe(25);
    await expect(everyRun.getByRole('button', { name: 'Show 20 more' }).count()).resolves.toBe(0);
    const last = everyRun.locator(':scope > ol > li').last();
    await last.locator(':scope > details > summary').click();
    await expect(last.textContent()).resolves.toContain('WORD25');
  });

  it('offers no re-run from a node while the run goes on', async () => {
    const slowId = (await app.api.post('/api/graphs', slowGraph())).body.id;
    const runId = (await app.api.post(`/api/graphs/${slowId}/runs`, {})).body.runId;
    await page.goto(`${app.server.url}/#/graphs/${slowId}/runs/${runId}`);
    await page.locator('[data-testid="node-wait"][data-status="RUNNING"]').waitFor();
    await node('wait').locator('header').click();
    await page.getByTestId('node-inspector').waitFor();
    await expect(page.getByRole('button', { name: 'Re-run from here' }).count()).resolves.toBe(0);
    await app.api.post(`/api/runs/${runId}/stop`);
    await page.getByRole('button', { name: 'Re-run from here' }).waitFor();
  });
});
