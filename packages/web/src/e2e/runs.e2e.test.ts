import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startAppSession, type AppSession } from './app-session.ts';
import { needsTopicGraph, slowGraph } from '@blocksmith/server/testing';

const failing = {
  name: 'Divider',
  nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
  links: [],
};
const slow = slowGraph('Sleeper');

describe('the runs monitor in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  let failingId: string;
  let slowId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppSession();
    failingId = (await app.api.post('/api/graphs', failing)).body.id;
    slowId = (await app.api.post('/api/graphs', slow)).body.id;
    page = await app.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(app.server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs', exact: true }).click();
    await page.getByRole('heading', { name: 'Runs' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const row = (runId: string) => page.getByTestId(`run-row-${runId}`);

  it('shows a failing scheduled run as it happens, with its error and what started it', async () => {
    const schedule = (await app.api.post(`/api/graphs/${failingId}/schedules`, { name: 'every second', cron: '* * * * * *', timezone: 'UTC' })).body;
    const failedRow = page.locator('tbody tr.status-failed', { hasText: 'Divider' }).first();
    await failedRow.waitFor();
    await app.api.delete(`/api/schedules/${schedule.schedule.id}`);
    await expect(failedRow.locator('.run-row-error').textContent()).resolves.toMatch(/divi/i);
    await expect(failedRow.textContent()).resolves.toContain('scheduled for');
  });

  it('filters by status and agent, with the count of each status', async () => {
    const started = (await app.api.post(`/api/graphs/${slowId}/runs`, {})).body.runId;
    await expect.poll(() => row(started).getAttribute('class')).toBe('status-running');
    await page.getByLabel('Status').selectOption('FAILED');
    await expect.poll(() => row(started).count()).toBe(0);
    await expect.poll(async () => (await page.locator('tbody tr').allTextContents()).every((text) => text.includes('Divider'))).toBe(true);
    await expect(page.getByLabel('Status').locator('option[value="RUNNING"]').textContent()).resolves.toBe('running (1)');
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Agent').selectOption({ label: 'Sleeper' });
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);

    // Stopped from the monitor, the run ends TERMINATED there too.
    await row(started)
      .getByRole('button', { name: /^Stop / })
      .click();
    await expect.poll(() => row(started).getAttribute('class')).toBe('status-terminated');
    await row(started)
      .getByRole('button', { name: /^Re-run / })
      .click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await expect(page.locator('tbody tr').first().textContent()).resolves.toContain('re-run of');
    const rerun = (await app.api.get(`/api/runs?graphId=${slowId}&status=RUNNING`)).body.runs[0].id;
    await app.api.post(`/api/runs/${rerun}/stop`);
  });

  it('opens a run on the canvas, with its node statuses', async () => {
    await page.getByLabel('Agent').selectOption({ label: 'Divider' });
    const first = page.locator('tbody tr').first();
    await first.getByRole('link', { name: /^Open / }).click();
    await page.waitForURL(/#\/graphs\/[\w-]+\/runs\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('node-divide').getAttribute('data-status')).toBe('FAILED');
  });

  it('opens a failed run on the node it failed at, however far away on the canvas', async () => {
    const graph = {
      name: 'Far failure',
      nodes: [
        { id: 'start', block: 'input', inputs: { name: 'start', value: 1 }, position: { x: 0, y: 0 } },
        { id: 'far', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 }, position: { x: 5000, y: 1500 } },
      ],
      links: [],
    };
    const id = (await app.api.post('/api/graphs', graph)).body.id;
    const runId = (await app.api.post(`/api/graphs/${id}/runs?wait=true`, { inputs: {} })).body.runId;
    await page.goto(`${app.server.url}/#/graphs/${id}/runs/${runId}`);
    await page.getByRole('region', { name: 'Node settings' }).locator('code', { hasText: 'far' }).waitFor();
    const far = page.getByTestId('node-far');
    await expect.poll(() => far.getAttribute('data-status')).toBe('FAILED');
    const [node, canvas] = await Promise.all([far.boundingBox(), page.locator('.canvas').boundingBox()]);
    expect(node!.x).toBeGreaterThanOrEqual(canvas!.x);
    expect(node!.x + node!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
    expect(node!.y + node!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
  });

  it('deletes an ended run after asking, and offers no Delete while a run goes on', async () => {
    const ended = (await app.api.post(`/api/graphs/${failingId}/runs?wait=true`, { inputs: {} })).body.runId as string;
    const going = (await app.api.post(`/api/graphs/${slowId}/runs`, {})).body.runId as string;
    await page.goto(`${app.server.url}/#/runs`);
    await row(going).waitFor();
    await expect(
      row(going)
        .getByRole('button', { name: /^Delete / })
        .count(),
    ).resolves.toBe(0);
    await row(ended)
      .getByRole('button', { name: /^Delete / })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => row(ended).count()).toBe(0);
    expect((await app.api.get(`/api/runs/${ended}`)).status).toBe(404);
    await app.api.post(`/api/runs/${going}/stop`);
  });

  it('lists a schedule fire that started no run, with its reason', async () => {
    const id = (await app.api.post('/api/graphs', needsTopicGraph)).body.id;
    const schedule = (await app.api.post(`/api/graphs/${id}/schedules`, { name: 'tick', cron: '* * * * * *', timezone: 'UTC', inputs: { topic: 'tides' } }))
      .body.schedule;
    // The agent gains a required input after its schedule was saved: its fires start no run.
    await app.api.put(`/api/graphs/${id}`, { ...needsTopicGraph, nodes: [...needsTopicGraph.nodes, { id: 'lang', block: 'input', inputs: { name: 'lang' } }] });
    const fire = page.getByTestId(`failed-fire-${schedule.id}`);
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
        return fire.count();
      })
      .toBe(1);
    await expect(fire.textContent()).resolves.toContain('Run input "lang" is required');
    await app.api.delete(`/api/schedules/${schedule.id}`);
  });

  it('shows the newest hundred runs, and older ones a page at a time', async () => {
    const quick = (await app.api.post('/api/graphs', { name: 'Quick', nodes: [{ id: 'out', block: 'output', inputs: { name: 'x', value: 1 } }], links: [] }))
      .body.id;
    for (let batch = 0; batch < 101; batch += 20)
      await Promise.all(Array.from({ length: Math.min(20, 101 - batch) }, () => app.api.post(`/api/graphs/${quick}/runs`, { inputs: {} })));
    await page.goto(`${app.server.url}/#/runs`);
    await page.getByLabel('Agent').selectOption({ label: 'Quick' });
    await expect.poll(() => page.locator('tbody tr').count()).toBe(100);
    await page.getByText('Showing the latest 100 of 101.').waitFor();
    await page.getByRole('button', { name: 'Show 1 older' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(101);
    await expect(page.getByRole('button', { name: /^Show \d+ older$/ }).count()).resolves.toBe(0);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
