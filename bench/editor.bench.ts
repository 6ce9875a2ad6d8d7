/**
 * Editor performance (DESIGN.md §5, issues 4 and 30): generated graphs of 1,000
 * and 10,000 nodes in the builder, in Debian's headless Chromium, while panning
 * and while zooming (in to the closest zoom, then out past the zoom where a large
 * graph becomes a sketch). Prints frame-time percentiles next to the same
 * measurement on an empty canvas (the baseline: what the browser and canvas cost
 * with no nodes), and how long the graph took to show its first node.
 */
import { ApiClient, startServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase } from '@blocksmith/store/testing';
import type { Page } from 'playwright-core';
import { buildWebApp, launchChromium } from '../packages/web/src/e2e/browser.ts';

function bigGraph(count: number) {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    block: 'math.arithmetic',
    inputs: { b: 1 },
    position: { x: (i % 40) * 320, y: Math.floor(i / 40) * 260 },
  }));
  const links = nodes.slice(1).map((n, i) => ({ from: { node: `n${i}`, output: 'result' }, to: { node: n.id, input: 'a' } }));
  return { name: `${count} nodes`, nodes: [{ ...nodes[0]!, inputs: { a: 0, b: 1 } }, ...nodes.slice(1)], links };
}

// Page scripts are strings: tsx rewrites function bodies (keepNames), which a page cannot run.
const START_RECORDING = `
  window.frames_ = [];
  window.recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.frames_.push(now - last);
    last = now;
    if (window.recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;
const STOP_RECORDING = `window.recording = false; window.frames_.slice(1)`;

/** Frame intervals (ms) recorded with requestAnimationFrame while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_RECORDING);
  await gesture();
  return (await page.evaluate(STOP_RECORDING)) as number[];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1));
};

async function measure(page: Page, url: string, label: string, nodes: number): Promise<void> {
  const opening = performance.now();
  await page.goto(url);
  await page.locator('.react-flow__pane').waitFor();
  if (nodes > 0) await page.locator('.react-flow__node').first().waitFor();
  const openMs = Math.round(performance.now() - opening);
  await page.waitForTimeout(1000);
  const box = (await page.locator('.canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const pan = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(cx - i * 8, cy - i * 4);
    await page.mouse.up();
  });
  const zoom = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -120 : 120);
    await page.waitForTimeout(300);
  });
  const visible = await page.locator('.react-flow__node').count();
  for (const [gesture, frames] of [
    ['pan', pan],
    ['zoom', zoom],
  ] as const) {
    console.log(
      JSON.stringify({
        bench: 'editor',
        canvas: label,
        nodes,
        rendered_nodes: visible,
        open_ms: openMs,
        gesture,
        frames: frames.length,
        // Frames that took longer than one refresh at 60 Hz (16.7 ms): each is a visible stutter.
        long_frames: frames.filter((ms) => ms > 17).length,
        frame_ms_p50: percentile(frames, 50),
        frame_ms_p95: percentile(frames, 95),
        frame_ms_max: percentile(frames, 100),
      }),
    );
  }
}

buildWebApp();
const database = await createTestDatabase('sqlite');
// As `npm start` runs it: the compiled JavaScript (the bench script builds it first).
const server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_LOG_LEVEL: 'error' }, 'start', { compiled: true });
const browser = await launchChromium();
try {
  const api = new ApiClient(server.url);
  await api.post('/api/auth/setup', { email: 'bench@x.test', password: 'password-a' });
  const { body: big } = await api.post('/api/graphs', bigGraph(1000));
  const { body: huge } = await api.post('/api/graphs', bigGraph(10_000));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies([{ name: 'bs_session', value: api.cookieHeader!.split('=')[1]!, url: server.url }]);
  const page = await context.newPage();
  await measure(page, `${server.url}/#/graphs/new`, 'empty (baseline)', 0);
  await measure(page, `${server.url}/#/graphs/${big.id}`, '1000-node graph', 1000);
  await measure(page, `${server.url}/#/graphs/${huge.id}`, '10000-node graph', 10_000);
} finally {
  await browser.close();
  await server.stop();
  await database.drop();
}
