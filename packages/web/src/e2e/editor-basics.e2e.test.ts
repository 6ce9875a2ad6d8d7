import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '@blocksmith/server/testing';
import { EMAIL, PASSWORD, startAppSession, type AppSession } from './app-session.ts';

/** The graph file example of docs/graph-format.md: a node with retry and timeout options, and a `static: false` link. */
const docsExample = JSON.parse(/```json\n([\s\S]*?)```/.exec(readFileSync(new URL('../../../../docs/graph-format.md', import.meta.url), 'utf8'))![1]!);

describe('editing in a real browser: nothing lost, every theme, any width', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppSession();
    page = await app.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const node = (id: string) => page.getByTestId(`node-${id}`);
  const settingsOf = async (id: string) => {
    await node(id).locator('header').click();
    const panel = page.getByRole('region', { name: 'Node settings' });
    await panel.locator('code', { hasText: id }).waitFor();
    return panel;
  };
  const saveAndWait = async (text: string | RegExp) => {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: text }).waitFor();
  };
  const latest = async (graphId: string) => (await app.api.get(`/api/graphs/${graphId}`)).body;

  it("keeps a node's retry and timeout through an edit, and edits them in the node's settings", async () => {
    const { body } = await app.api.post('/api/graphs', docsExample);
    await page.goto(`${app.server.url}/#/graphs/${body.id}`);
    await (await settingsOf('a')).locator('#settings-a-value').fill('12');
    await saveAndWait('Saved version 2.');
    const v2 = await latest(body.id);
    expect(v2.graph.nodes.find((n: { id: string }) => n.id === 'divide').options).toEqual({ timeoutMs: 5000, retry: { attempts: 3, initialDelayMs: 200 } });
    expect(v2.graph.links[1].static).toBe(false);
    expect(v2.graph.nodes[0].inputs).toEqual({ name: 'a', value: 12 });

    await expect(node('divide').textContent()).resolves.toContain('3 attempts · 5000 ms timeout');
    const divide = await settingsOf('divide');
    await divide.getByLabel('Attempts').fill('4');
    await divide.getByLabel('Timeout (ms)').fill('');
    await expect(node('divide').textContent()).resolves.toContain('4 attempts');
    await saveAndWait('Saved version 3.');
    expect((await latest(body.id)).graph.nodes.find((n: { id: string }) => n.id === 'divide').options).toEqual({ retry: { attempts: 4, initialDelayMs: 200 } });
  });

  it('deleting a node with its links is undone in one step', async () => {
    await node('divide').locator('header').click();
    await page.keyboard.press('Delete');
    await expect(node('divide').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(0);
    await page.keyboard.press('Control+z');
    await node('divide').waitFor();
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
    // The deletion was the only step recorded: one undo took all of it back.
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
  });

  it('asks before leaving unsaved changes, by link or by closing the tab', async () => {
    await page.getByLabel('Agent name').fill('Renamed, not saved');
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
    await page.getByRole('link', { name: 'Agents', exact: true }).click();
    await expect(asked).resolves.toContain('unsaved changes');
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Renamed, not saved');
    expect(page.url()).toContain('#/graphs/');

    const closing = await app.newPage();
    await closing.goto(page.url());
    await closing.getByLabel('Agent name').fill('Also not saved');
    const beforeUnload = new Promise<string>((resolve) => closing.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.dismiss())));
    await closing.close({ runBeforeUnload: true });
    await expect(beforeUnload).resolves.toBe('beforeunload');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Agents', exact: true }).click();
    await page.getByRole('link', { name: 'New agent' }).waitFor();
  });

  it('stops the second of two tabs saving the same agent with the comparison, and merges node by node', async () => {
    const positioned = { ...docsExample, nodes: docsExample.nodes.map((n: object, i: number) => ({ ...n, position: { x: i * 260, y: 0 } })) };
    const { body } = await app.api.post('/api/graphs', positioned);
    const [first, second] = [await app.newPage(), await app.newPage()];
    for (const tab of [first, second]) {
      await tab.goto(`${app.server.url}/#/graphs/${body.id}`);
      await tab.getByTestId('node-a').waitFor();
    }
    const settingsIn = async (tab: Page, id: string) => {
      await tab.getByTestId(`node-${id}`).locator('header').click();
      return tab.getByRole('region', { name: 'Node settings' });
    };
    const save = (tab: Page) => tab.getByRole('button', { name: 'Save', exact: true }).click();

    await (await settingsIn(first, 'a')).locator('#settings-a-value').fill('12');
    await save(first);
    await first.getByRole('status').filter({ hasText: 'Saved version 2.' }).waitFor();

    // The second tab changed the same value and the name, on version 1.
    await (await settingsIn(second, 'a')).locator('#settings-a-value').fill('7');
    await second.getByLabel('Agent name').fill('Divide, renamed in tab 2');
    await save(second);
    const dialog = second.getByRole('dialog', { name: 'This agent was saved while you edited it' });
    await dialog.getByText('version 2 was saved').waitFor();
    const rows = dialog.getByTestId('save-conflict').locator('tbody tr');
    await expect(rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)))).resolves.toEqual([
      ['Name and description', 'changed: name', '—'],
      ['a · input', 'changed: inputs.value', 'changed: inputs.value'],
      ['Links', '+0 −0', '+0 −0'],
    ]);
    expect((await app.api.get(`/api/graphs/${body.id}/versions`)).body.versions).toHaveLength(2);

    // Keep version 2's value of a, and this tab's name.
    await rows.nth(1).getByRole('radio').nth(1).check();
    await dialog.getByRole('button', { name: 'Save merged' }).click();
    await second.getByRole('status').filter({ hasText: 'Saved version 3.' }).waitFor();
    const merged = (await latest(body.id)).graph;
    expect(merged.name).toBe('Divide, renamed in tab 2');
    expect(merged.nodes[0].inputs).toEqual({ name: 'a', value: 12 });
    await expect(second.getByLabel('Agent name').inputValue()).resolves.toBe('Divide, renamed in tab 2');

    // The first tab, still on version 2, is stopped too; it takes version 3 and drops its change.
    await (await settingsIn(first, 'divide')).getByLabel('Attempts').fill('5');
    await save(first);
    const stopped = first.getByRole('dialog');
    await stopped.getByRole('button', { name: 'Keep version 3' }).click();
    await stopped.waitFor({ state: 'detached' });
    await expect(first.getByLabel('Agent name').inputValue()).resolves.toBe('Divide, renamed in tab 2');
    await expect(first.getByText('unsaved changes').count()).resolves.toBe(0);
    expect((await latest(body.id)).version).toBe(3);
    await Promise.all([first.close(), second.close()]);
  });

  it('saves an unfinished agent as a draft, shows its problems, and only Run refuses it', async () => {
    await page.getByRole('link', { name: 'New agent' }).click();
    await page.getByLabel('Agent name').fill('Half done');
    await page.locator('.palette-item[data-block="text.case"]').click();
    await saveAndWait('Saved version 1 as a draft: it cannot run until this problem is fixed.');
    await node('text_case_1').getByRole('alert', { name: 'Problems with this node' }).filter({ hasText: 'needs input "text"' }).waitFor();
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Version 1 is a draft' }).waitFor();
    await node('text_case_1').getByRole('alert', { name: 'Problems with this node' }).waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('region', { name: 'Run' }).getByRole('alert').filter({ hasText: 'needs input "text"' }).waitFor();
  });

  it('adds a block by dragging it from the palette after a search', async () => {
    await page.getByRole('link', { name: 'Agents', exact: true }).click();
    await page.getByRole('link', { name: 'New agent' }).click();
    await page.getByLabel('Search blocks').fill('case');
    const item = page.locator('.palette-item[data-block="text.case"]');
    const from = (await item.boundingBox())!;
    const to = (await page.locator('.canvas').boundingBox())!;
    // A drag as a person makes it, step by step, not a synthetic drop.
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await node('text_case_1').waitFor();
  });

  it('narrows the palette to one category from its index, with the search on top', async () => {
    const palette = page.getByRole('region', { name: 'Blocks' });
    await palette.getByLabel('Search blocks').fill('');
    const github = palette.getByRole('navigation', { name: 'Block categories' }).getByRole('button', { name: /^github \d+$/ });
    await github.click();
    const shown = await palette.locator('.palette-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-block')));
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.every((id) => id!.startsWith('github.'))).toBe(true);
    await palette.getByLabel('Search blocks').fill('release');
    await expect(palette.locator('.palette-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-block')))).resolves.toEqual([
      'github.list_releases',
      'github.create_release',
    ]);
    await palette.getByLabel('Search blocks').fill('');
    await github.click();
    await expect(github.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(palette.locator('.palette-item[data-block="text.case"]').count()).resolves.toBe(1);
  });

  it('closes the shortcuts list with Escape', async () => {
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('opens a graph at a readable zoom, with optional fields in the settings panel', async () => {
    const wide = await app.newPage({ viewport: { width: 1440, height: 900 } });
    const { body } = await app.api.get('/api/graphs?search=Research');
    await wide.goto(`${app.server.url}/#/graphs/${body.graphs[0].id}`);
    await wide.getByTestId('node-agent').waitFor();
    await expect
      .poll(() => wide.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a))
      .toBeGreaterThanOrEqual(0.75);
    const textPx = await wide.getByTestId('node-agent').evaluate((el) => {
      const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
      return Math.min(...[...el.querySelectorAll('label, span, .node-id')].map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom));
    });
    expect(textPx).toBeGreaterThanOrEqual(8);
    // Required and credential fields are on the node; optional ones are in the panel.
    await expect(wide.locator('[data-testid="node-agent"] #field-agent-credential').count()).resolves.toBe(1);
    await expect(wide.locator('[data-testid="node-agent"] #field-agent-temperature').count()).resolves.toBe(0);
    await wide.getByTestId('node-agent').locator('header').click();
    await wide.locator('#settings-agent-temperature').waitFor();
    await wide.close();
  });

  it('fits the graph where nothing covers it, and hides the minimap on request', async () => {
    const wide = await app.newPage({ viewport: { width: 1440, height: 900 } });
    const { body } = await app.api.get('/api/graphs?search=Word%20stats');
    await wide.goto(`${app.server.url}/#/graphs/${body.graphs[0].id}`);
    await wide.getByTestId('node-split').waitFor();
    await wide.getByRole('button', { name: 'Fit', exact: true }).click();
    const covered = () =>
      wide.evaluate(() => {
        const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
        const [canvas] = boxes('.canvas');
        const cover = [...boxes('.minimap'), ...boxes('.react-flow__controls')];
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return boxes('.react-flow__node').filter((node) => cover.some((c) => overlaps(node, c)) || node.right > canvas!.right || node.bottom > canvas!.bottom)
          .length;
      });
    await expect.poll(covered).toBe(0);
    await expect(wide.evaluate(toolbarRows)).resolves.toBe(1);
    // Only nodes in view are drawn: all of them are.
    const { body: detail } = await app.api.get(`/api/graphs/${body.graphs[0].id}`);
    await expect(wide.locator('.react-flow__node').count()).resolves.toBe(detail.graph.nodes.length);
    await wide.getByRole('button', { name: 'Hide the minimap' }).click();
    await expect(wide.locator('.minimap').count()).resolves.toBe(0);
    await wide.reload();
    await wide.getByTestId('node-split').waitFor();
    await expect(wide.locator('.minimap').count()).resolves.toBe(0);
    await wide.getByRole('button', { name: 'Show the minimap' }).click();
    await wide.locator('.minimap').waitFor();
    await wide.close();
  });

  /** How many rows the editor's toolbar takes: the distinct middles of its items (a row centres them). */
  const toolbarRows = () =>
    new Set(
      [...document.querySelectorAll('.builder-toolbar > *')]
        .map((e) => e.getBoundingClientRect())
        .filter((box) => box.height > 0)
        .map((box) => Math.round((box.top + box.height / 2) / 10)),
    ).size;

  const colours = (p: Page) =>
    p.evaluate(() => {
      const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor;
      return { page: background('html'), minimap: background('.minimap canvas'), controls: background('.react-flow__controls-button') };
    });
  const isDark = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 90;
  };

  it('applies the chosen theme everywhere, whatever the system uses', async () => {
    for (const [system, choice, dark] of [
      ['light', 'dark', true],
      ['dark', 'system', true],
      ['dark', 'light', false],
      ['light', 'system', false],
    ] as const) {
      const themed = await app.newPage({ colorScheme: system });
      await themed.addInitScript((theme) => localStorage.setItem('blocksmith.theme', theme), choice);
      const { body } = await app.api.get('/api/graphs?search=Word');
      await themed.goto(`${app.server.url}/#/graphs/${body.graphs[0].id}`);
      await themed.locator('.minimap').waitFor();
      const seen = await colours(themed);
      expect({ system, choice, dark: Object.values(seen).map(isDark) }).toEqual({ system, choice, dark: [dark, dark, dark] });
      await themed.close();
    }
  });

  it('works on a phone: library, builder, run and results fit a 390 px screen', async () => {
    const phone = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${app.server.url}/#/agents`);
    await phone.getByRole('link', { name: /Word stats/ }).waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await phone.getByRole('link', { name: /Word stats/ }).click();
    await phone.getByTestId('node-sentence').waitFor();
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    // The toolbar's buttons show only their icons here: two rows, not four.
    await expect(phone.evaluate(toolbarRows)).resolves.toBeLessThanOrEqual(2);
    const save = (await phone.getByRole('button', { name: 'Save', exact: true }).boundingBox())!;
    expect(save.x + save.width).toBeLessThanOrEqual(390);
    await phone.locator('#run-input-sentence').fill('small screens');
    await phone.getByRole('button', { name: 'Run', exact: true }).tap();
    await phone.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    const output = phone.getByTestId('output-loud');
    await output.scrollIntoViewIfNeeded();
    const box = (await output.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(output.textContent()).resolves.toContain('SCREENS');
    await phone.getByRole('button', { name: 'Blocks' }).tap();
    await phone.locator('.palette-item[data-block="text.case"]').tap();
    await phone.getByTestId('node-text_case_1').waitFor();
    await phone.close();
  });

  it('says in the run history what started each run', async () => {
    const { body } = await app.api.get('/api/graphs?search=Word');
    const graphId = body.graphs[0].id;
    const key = (await app.api.post('/api/keys', { name: 'history' })).body.secret;
    await app.api.withKey(key).post(`/api/graphs/${graphId}/runs`, { inputs: { sentence: 'from a program' } });
    const fresh = await app.newPage();
    await fresh.goto(`${app.server.url}/#/graphs/${graphId}`);
    const history = fresh.getByRole('region', { name: 'Run history' });
    const triggers = history.locator('.run-trigger');
    await triggers.filter({ hasText: 'started through the API' }).waitFor();
    await triggers.filter({ hasText: 'started in the app' }).first().waitFor();
    await history.getByRole('button', { name: 'Re-run' }).first().click();
    await triggers.filter({ hasText: /re-run of/ }).waitFor();
    // Runs made within the same minute have ids that start alike: each still has its own label.
    const labels = await history.getByRole('button', { name: /^Show run / }).evaluateAll((buttons) => buttons.map((b) => b.textContent));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size).toBe(labels.length);
    await fresh.close();
  });

  it('shows credential kinds and fields by their names, not their keys', async () => {
    const settings = await app.newPage();
    await settings.goto(`${app.server.url}/#/settings`);
    await settings.getByLabel('Kind').selectOption({ label: 'OpenAI-compatible endpoint' });
    await settings.getByLabel('Base URL').waitFor();
    await settings.getByLabel('API key', { exact: true }).waitFor();
    await settings.close();
  });

  it('changes the password in Settings, keeping this session', async () => {
    const settings = await app.newPage();
    await settings.goto(`${app.server.url}/#/settings`);
    const account = settings.getByRole('region', { name: 'Account' });
    await account.getByLabel('Current password').fill('not the password');
    await account.getByLabel('New password').fill('a new long password');
    await account.getByRole('button', { name: 'Change password' }).click();
    await account.getByRole('alert').filter({ hasText: 'The current password is wrong' }).waitFor();
    await account.getByLabel('Current password').fill(PASSWORD);
    await account.getByRole('button', { name: 'Change password' }).click();
    await account.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    expect((await new ApiClient(app.server.url).post('/api/auth/login', { email: EMAIL, password: 'a new long password' })).status).toBe(200);
    await settings.reload();
    await expect.poll(() => settings.getByLabel('Email', { exact: true }).inputValue()).toBe(EMAIL);
    await settings.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });

  it('lays out a graph saved without positions in layers, left to right, without overlaps (ELK)', async () => {
    const diamond = {
      schemaVersion: 1,
      name: 'Unplaced diamond',
      nodes: [
        { id: 'start', block: 'input', inputs: { name: 'text' } },
        { id: 'upper', block: 'text.case', inputs: { mode: 'upper' } },
        { id: 'lower', block: 'text.case', inputs: { mode: 'lower' } },
        { id: 'both', block: 'text.combine', inputs: { separator: ' / ' } },
        { id: 'out', block: 'output', inputs: { name: 'result' } },
      ],
      links: [
        { from: { node: 'start', output: 'result' }, to: { node: 'upper', input: 'text' } },
        { from: { node: 'start', output: 'result' }, to: { node: 'lower', input: 'text' } },
        { from: { node: 'upper', output: 'result' }, to: { node: 'both', input: 'texts[0]' } },
        { from: { node: 'lower', output: 'result' }, to: { node: 'both', input: 'texts[1]' } },
        { from: { node: 'both', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    };
    const { body } = await app.api.post('/api/graphs', diamond);
    // A page of its own: the shared one may hold unsaved changes that ask before leaving.
    const fresh = await app.newPage();
    // ELK works in a web worker of its own, so a large layout does not stop the page.
    const elkWorker = fresh.waitForEvent('worker');
    await fresh.goto(`${app.server.url}/#/graphs/${body.id}`);
    await fresh.locator('.canvas[data-layouts="1"]').waitFor();
    expect((await elkWorker).url()).toMatch(/\/assets\/elk-worker[^/]*\.js$/);
    // The whole graph in view (it opens readable, on its start), so every node is drawn.
    await fresh.getByRole('button', { name: 'Fit', exact: true }).click();
    const nodeOf = (id: string) => fresh.getByTestId(`node-${id}`);
    await nodeOf('out').waitFor();
    const box = async (id: string) => (await nodeOf(id).boundingBox())!;
    const [start, upper, lower, both, out] = await Promise.all(['start', 'upper', 'lower', 'both', 'out'].map(box));
    expect(start!.x + start!.width).toBeLessThan(Math.min(upper!.x, lower!.x));
    expect(Math.max(upper!.x + upper!.width, lower!.x + lower!.width)).toBeLessThan(both!.x);
    expect(both!.x + both!.width).toBeLessThan(out!.x);
    // The two branches share a layer, one above the other.
    const [top, bottom] = [upper!, lower!].sort((p, q) => p.y - q.y);
    expect(top!.y + top!.height).toBeLessThanOrEqual(bottom!.y);
    // Items of a list input are its pins, in order: the branch into the first item is the upper one, so the links do not cross.
    expect(upper!.y).toBeLessThan(lower!.y);
    await fresh.close();
  });

  it('zoomed far out, shows the graph as a sketch with each node’s status; a press opens a node, the minimap moves the view', async () => {
    // 120 chained nodes (a graph this large is sketched; a smaller one keeps its nodes); the last divides by
    // zero, so the run ends with 119 completed nodes and one failed.
    const count = 120;
    const nodes = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      block: 'math.arithmetic',
      inputs: i === 0 ? { a: 1, b: 1 } : i === count - 1 ? { b: 0, operation: 'divide' } : { a: 1 },
      position: { x: (i % 10) * 320, y: Math.floor(i / 10) * 260 },
    }));
    // Links go into each node's second pin (`b`): the field above it makes its handle lie well below the estimate.
    const links = nodes
      .slice(1)
      .map((n, i) => ({ from: { node: `n${i}`, output: 'result' }, to: { node: n.id, input: n.id === `n${count - 1}` ? 'a' : 'b' } }));
    const { body } = await app.api.post('/api/graphs', { name: 'Many steps', nodes, links });
    const far = await app.newPage({ viewport: { width: 1280, height: 800 } });
    await far.goto(`${app.server.url}/#/graphs/${body.id}`);
    await far.getByTestId('node-n0').waitFor();
    // Only the nodes in view are drawn, though none was measured before; each is once it comes into view, and
    // its links then end on its real handles, not on the estimate it was given until then.
    expect(await far.locator('.react-flow__node').count()).toBeLessThan(count);
    const linkEndAndHandle = () =>
      far.evaluate(() => {
        const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
        const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        const d = document.querySelector('.react-flow__edge[data-id="n0.result->n1.b"] .react-flow__edge-path')?.getAttribute('d') ?? '';
        const handle = document.querySelector('[data-testid="node-n1"] .react-flow__handle[data-handleid="b"]')!.getBoundingClientRect();
        return { link: Math.round(Number(d.match(/[\d.-]+/g)?.at(-1))), handle: Math.round((handle.top + handle.height / 2 - pane.top - m.f) / m.a) };
      });
    await expect
      .poll(async () => {
        const { link, handle } = await linkEndAndHandle();
        return link - handle;
      })
      .toBe(0);
    await far.getByRole('button', { name: 'Run', exact: true }).click();
    await far.getByTestId('run-status').filter({ hasText: 'FAILED' }).waitFor();

    const viewport = () =>
      far.evaluate(() => {
        const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        return { x: m.e, y: m.f, zoom: m.a };
      });
    const canvas = (await far.locator('.react-flow').boundingBox())!;
    await far.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    // Far enough out for the whole graph to be in view.
    while ((await viewport()).zoom >= 0.08) await far.mouse.wheel(0, 200);
    const sketch = far.getByTestId('far-view');
    await sketch.waitFor();
    // No node or link element is drawn: the sketch holds all of them.
    await expect(far.locator('.react-flow__node').count()).resolves.toBe(0);
    await expect(far.locator('.react-flow__edge').count()).resolves.toBe(0);
    await expect.poll(() => sketch.getAttribute('data-drawn')).toBe(String(count));

    // Each node is filled with its status's colour, as the theme gives it.
    const { x, y, zoom } = await viewport();
    const centre = (i: number) => ({ x: x + ((i % 10) * 320 + 120) * zoom, y: y + (Math.floor(i / 10) * 260 + 70) * zoom });
    const colourAt = (point: { x: number; y: number }) =>
      far.evaluate(({ x, y }) => {
        const element = document.querySelector<HTMLCanvasElement>('[data-testid="far-view"]')!;
        const density = element.width / element.getBoundingClientRect().width;
        return [
          ...element
            .getContext('2d')!
            .getImageData(Math.round(x * density), Math.round(y * density), 1, 1)
            .data.slice(0, 3),
        ];
      }, point);
    const themeColour = (css: string) =>
      far.evaluate((css) => {
        const probe = document.createElement('span');
        probe.style.color = css;
        document.querySelector('.react-flow')!.appendChild(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        // A mixed colour reads back as `color(srgb r g b)`, its channels from 0 to 1.
        const scale = colour.startsWith('color(') ? 255 : 1;
        return colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((channel) => Number(channel) * scale);
      }, css);
    const near = (seen: number[], expected: number[]) => seen.every((v, i) => Math.abs(v - expected[i]!) <= 3);
    const completed = await themeColour('color-mix(in srgb, var(--ok) 45%, var(--panel))');
    const failed = await themeColour('color-mix(in srgb, var(--fail) 45%, var(--panel))');
    expect(near(await colourAt(centre(0)), completed)).toBe(true);
    expect(near(await colourAt(centre(64)), completed)).toBe(true);
    expect(near(await colourAt(centre(count - 1)), failed)).toBe(true);

    // A press on a node of the sketch opens it, selected, at a readable zoom.
    const target = centre(23);
    await far.mouse.click(canvas.x + target.x, canvas.y + target.y);
    await far.getByTestId('node-n23').waitFor();
    await expect(far.getByTestId('node-n23').getAttribute('class')).resolves.toContain('selected');
    await far.getByRole('region', { name: 'Node settings' }).locator('code', { hasText: 'n23' }).waitFor();
    expect((await viewport()).zoom).toBeGreaterThanOrEqual(0.3);

    // A press on the minimap moves the view there: its top left corner holds n0, far from n23.
    const before = await viewport();
    const map = (await far.getByRole('img', { name: /Minimap of the graph/ }).boundingBox())!;
    await far.mouse.click(map.x + 20, map.y + 20);
    await expect.poll(async () => (await viewport()).x).toBeGreaterThan(before.x);
    await far.getByTestId('node-n0').waitFor();
    // The wheel over the minimap zooms the canvas.
    const zoomBefore = (await viewport()).zoom;
    await far.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await far.mouse.wheel(0, -300);
    await expect.poll(async () => (await viewport()).zoom).toBeGreaterThan(zoomBefore);
    await far.close();
  });
});
