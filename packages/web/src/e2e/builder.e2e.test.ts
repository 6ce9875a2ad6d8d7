import { readFileSync } from 'node:fs';
import { startFakeOpenAiServer } from '@blocksmith/blocks/testing';
import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, STATE_WAIT_MS, buildWebApp, launchChromium } from './browser.ts';

const EMAIL = 'owner@x.test';
const PASSWORD = 'password-a';

describe('the builder in a real browser against a real server', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    buildWebApp();
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(STATE_WAIT_MS);
    page.on('console', (message) => {
      // One error is caused on purpose: the sandbox blocking the HTML output's script.
      const expected = message.text().startsWith("Blocked script execution in 'about:srcdoc'");
      if (message.type() === 'error' && !expected) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    // Tests move on from editors they left with unsaved changes; the leave guard has its own tests.
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload' || dialog.message().startsWith('This agent has unsaved changes')) void dialog.accept();
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  const node = (id: string) => page.getByTestId(`node-${id}`);
  const handle = (nodeId: string, pin: string, kind: 'source' | 'target') => node(nodeId).locator(`.react-flow__handle.${kind}[data-handleid="${pin}"]`);
  /** Presses Layout and waits until the canvas has placed the new layout (ELK runs asynchronously). */
  const layOut = async () => {
    const before = Number(await page.locator('.canvas').getAttribute('data-layouts'));
    await page.getByRole('button', { name: 'Layout' }).click();
    await page.locator(`.canvas[data-layouts="${before + 1}"]`).waitFor();
  };
  /** Selects a node and returns its settings panel, where its optional fields are. */
  const settingsOf = async (id: string) => {
    await node(id).locator('header').click();
    const panel = page.getByRole('region', { name: 'Node settings' });
    await panel.locator(`code`, { hasText: id }).waitFor();
    return panel;
  };

  it('sets up the owner account and shows the example agents', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await expect(page.getByText('Word stats').first()).toBeTruthy();
    await page.getByRole('link', { name: /Word stats/ }).waitFor();
  });

  it('runs an example and watches every node complete and the outputs render', async () => {
    await page.getByRole('link', { name: /Word stats/ }).click();
    await node('split').waitFor();
    await page.locator('#run-input-sentence').fill('hello blocks');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    // Opened at a readable zoom, the graph is wider than the view: Fit shows all of it.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    for (const id of ['sentence', 'split', 'each', 'measure', 'shout', 'lengths', 'loud', 'count']) {
      await expect(node(id).getAttribute('data-status')).resolves.toBe('COMPLETED');
    }
    await expect(node('shout').locator('.status-badge').textContent()).resolves.toContain('×2');
    await expect(page.getByTestId('output-loud').textContent()).resolves.toContain('"BLOCKS"');
    await expect(page.getByTestId('output-word_count').textContent()).resolves.toContain('2');
    // Clicking a node shows its latest inputs and outputs.
    await node('shout').locator('header').click();
    await expect(page.getByTestId('node-inspector').textContent()).resolves.toMatch(/latest of 2 runs[\s\S]*BLOCKS/);
    // Both runs of the fanned-out node, each with its own values.
    const everyRun = page.getByTestId('node-runs');
    await everyRun.getByText('Every run of this node (2)').waitFor();
    await expect(everyRun.locator(':scope > ol > li').count()).resolves.toBe(2);
    await everyRun.locator(':scope > ol > li').first().locator(':scope > details > summary').click();
    await expect(everyRun.locator(':scope > ol > li').first().textContent()).resolves.toContain('HELLO');
  });

  it('lists the runs of the agent and re-runs one', async () => {
    const history = page.getByRole('region', { name: 'Run history' });
    await history.getByRole('button', { name: 'Re-run' }).first().click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await history.locator('li').nth(1).waitFor();
  });

  it('builds an agent from the palette, connects handles, saves, and finds it intact after a reload', async () => {
    await page.goto(`${server.url}/#/agents`);
    await page.getByRole('link', { name: 'New agent' }).click();
    await page.getByLabel('Agent name').fill('Shouter');
    const canvas = page.locator('.canvas');
    await page.getByLabel('Search blocks').fill('input');
    await page.locator('.palette-item[data-block="input"]').dragTo(canvas, { targetPosition: { x: 20, y: 30 } });
    await page.getByLabel('Search blocks').fill('case');
    await page.locator('.palette-item[data-block="text.case"]').dragTo(canvas, { targetPosition: { x: 400, y: 30 } });
    await page.getByLabel('Search blocks').fill('output');
    await page.locator('.palette-item[data-block="output"]').dragTo(canvas, { targetPosition: { x: 400, y: 330 } });
    await node('input_1').waitFor();
    await node('text_case_1').waitFor();
    await node('output_1').waitFor();

    await handle('input_1', 'result', 'source').dragTo(handle('text_case_1', 'text', 'target'));
    await handle('text_case_1', 'result', 'source').dragTo(handle('output_1', 'value', 'target'));
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
    await (await settingsOf('text_case_1')).getByLabel('mode').selectOption('lower');
    await expect(node('text_case_1').textContent()).resolves.toContain('mode = lower');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved version 1.').waitFor();
    await page.reload();
    await node('text_case_1').waitFor();
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Shouter');
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
    await expect((await settingsOf('text_case_1')).getByLabel('mode').inputValue()).resolves.toBe('lower');

    await page.locator('#run-input-input_1').fill('LOUD Words');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-output_1').textContent()).resolves.toContain('loud words');
  });

  it('links several outputs into list elements through added pins', async () => {
    await page.goto(`${server.url}/#/graphs/new`);
    await page.getByLabel('Agent name').fill('Joiner');
    for (const block of ['input', 'input', 'text.combine', 'output']) await page.locator(`.palette-item[data-block="${block}"]`).click();
    await node('output_1').waitFor();
    await layOut();
    await page.getByRole('button', { name: /^Add texts\[\d+\] pin on text_combine_1$/ }).click();
    await page.getByRole('button', { name: /^Add texts\[\d+\] pin on text_combine_1$/ }).click();
    await handle('input_2', 'result', 'source').dragTo(handle('text_combine_1', 'texts[1]', 'target'));
    await handle('input_1', 'result', 'source').dragTo(handle('text_combine_1', 'texts[0]', 'target'));
    await handle('text_combine_1', 'result', 'source').dragTo(handle('output_1', 'value', 'target'));
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(3);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved version 1.').waitFor();
    await page.reload();
    await handle('text_combine_1', 'texts[1]', 'target').waitFor();
    await page.locator('#run-input-input_1').fill('left-');
    await page.locator('#run-input-input_2').fill('right');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-output_1').textContent()).resolves.toContain('left-right');
  });

  it('duplicates nodes, and copies them into another tab', async () => {
    // Apart: a node drawn larger once selected may touch a neighbour's edge, but never covers a tenth of it.
    const apart = async (a: string, b: string) => {
      const [one, two] = [(await node(a).boundingBox())!, (await node(b).boundingBox())!];
      const across = Math.max(0, Math.min(one.x + one.width, two.x + two.width) - Math.max(one.x, two.x));
      const down = Math.max(0, Math.min(one.y + one.height, two.y + two.height) - Math.max(one.y, two.y));
      return across * down < 0.1 * Math.min(one.width * one.height, two.width * two.height);
    };
    await node('text_combine_1').locator('header').click();
    await page.keyboard.press('Control+d');
    await node('text_combine_2').waitFor();
    await expect(apart('text_combine_1', 'text_combine_2')).resolves.toBe(true);
    await node('output_1').locator('header').click();
    await page.keyboard.press('Control+c');
    // Pasted in the same view, the copy lands clear of the original and every other node.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+v');
    await node('output_2').waitFor();
    // The view went to the copy if it had to; the whole graph shows the copy apart from every node.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    for (const other of ['output_1', 'text_combine_1', 'text_combine_2', 'input_1', 'input_2']) await expect(apart('output_2', other)).resolves.toBe(true);
    await page.keyboard.press('Control+z');
    await expect(node('output_2').count()).resolves.toBe(0);
    const other = await page.context().newPage();
    other.setDefaultTimeout(STATE_WAIT_MS);
    await other.goto(`${server.url}/#/graphs/new`);
    await other.locator('.react-flow__pane').click();
    await other.keyboard.press('Control+v');
    await other.getByTestId('node-output_1').waitFor();
    await other.close();
  });

  it('refuses a connection between incompatible types and says why', async () => {
    await page.goto(`${server.url}/#/agents`);
    await page.getByRole('link', { name: /Shouter/ }).click();
    await node('text_case_1').waitFor();
    await page.getByLabel('Search blocks').fill('arithmetic');
    await page.locator('.palette-item[data-block="math.arithmetic"]').click();
    await node('math_arithmetic_1').waitFor();
    await layOut();
    await handle('math_arithmetic_1', 'result', 'source').dragTo(handle('text_case_1', 'mode', 'target'));
    await page.getByRole('status').filter({ hasText: 'Cannot connect: result (number) does not fit mode (string)' }).waitFor();
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
  });

  it('undoes and redoes edits', async () => {
    await expect(node('math_arithmetic_1').count()).resolves.toBe(1);
    // The last two edits were adding the arithmetic block, then the layout.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(node('math_arithmetic_1').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(node('math_arithmetic_1').count()).resolves.toBe(1);
    await page.keyboard.press('Control+z');
    await expect(node('math_arithmetic_1').count()).resolves.toBe(0);
  });

  it('shows validation problems on the node they concern', async () => {
    await (await settingsOf('text_case_1')).getByLabel('mode').selectOption('');
    await page.locator('#field-output_1-name').fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // An unfinished agent saves as a draft; its problems show on the nodes.
    await page.getByText(/Saved version \d+ as a draft: it cannot run until this problem is fixed\./).waitFor();
    await node('output_1').getByRole('alert', { name: 'Problems with this node' }).waitFor();
    await expect(node('output_1').getByRole('alert').textContent()).resolves.toContain('needs input "name"');
    await expect(node('output_1').locator('.pin-issue').count()).resolves.toBe(1);
    await page.locator('#field-output_1-name').fill('result');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Saved version \d+\./).waitFor();
    await expect(node('output_1').getByRole('alert').count()).resolves.toBe(0);
  });

  it('restores an older version', async () => {
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByRole('menuitem', { name: /^Restore v1 · / }).click();
    await page.getByText('Version 1 restored').waitFor();
    await expect(node('math_arithmetic_1').count()).resolves.toBe(0);
    await expect(node('text_case_1').textContent()).resolves.toContain('mode = lower');
  });

  it('exports a graph and imports it back', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const { body: list } = await api.get('/api/graphs?search=shouter');
    await page.goto(`${server.url}/#/agents`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Actions for Shouter' }).click();
    await page.getByRole('menuitem', { name: 'Export' }).click();
    const file = await (await download).path();
    await page.locator('input[type=file]').setInputFiles(file!);
    await node('text_case_1').waitFor();
    expect(page.url()).not.toContain(list.graphs[0].id);
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Shouter');
  });

  it('imports a graph with a mistyped block: its node says which block was meant, keeps its links, and Run says why it cannot run', async () => {
    await page.goto(`${server.url}/#/agents`);
    const typo = {
      name: 'Typo',
      nodes: [
        { id: 'n', block: 'input', inputs: { name: 'n', value: 2 } },
        { id: 'add', block: 'math.arithmatic', inputs: { operation: 'add', b: 1 } },
        { id: 'out', block: 'output', inputs: { name: 'sum' } },
      ],
      links: [
        { from: { node: 'n', output: 'result' }, to: { node: 'add', input: 'a' } },
        { from: { node: 'add', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    };
    await page.locator('input[type=file]').setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(typo)) });
    await node('add').getByRole('alert').filter({ hasText: 'did you mean "math.arithmetic"' }).waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await expect(run.isDisabled()).resolves.toBe(true);
    await expect(page.locator('#run-blockers').textContent()).resolves.toContain('did you mean "math.arithmetic"');
  });

  it('imports an AutoGPT agent file: its blocks mapped, the one without an equivalent named in a notice and in why it cannot run', async () => {
    await page.goto(`${server.url}/#/agents`);
    const autogpt = readFileSync(new URL('../../../server/src/importers/fixtures/autogpt-summarizer.json', import.meta.url));
    await page.locator('input[type=file]').setInputFiles({ name: 'summarizer.json', mimeType: 'application/json', buffer: autogpt });
    await node('b2222222-2222-4222-8222-222222222222').waitFor();
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Topic summarizer');
    await page.getByText(/Imported as a draft: 1 block has no equivalent here \(d4444444-4444-4444-8444-444444444444\)/).waitFor();
    await expect(page.locator('#run-blockers').textContent()).resolves.toContain('autogpt:0b02b072-abe7-11ef-8372-fb5d162dd712');
  });

  it('opens an agent with its latest run on the canvas: statuses, values and outputs', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const { body } = await api.post('/api/graphs', {
      name: 'Ran before',
      nodes: [
        { id: 'who', block: 'input', inputs: { name: 'who', value: 'world' } },
        { id: 'loud', block: 'text.case', inputs: { mode: 'upper' } },
        { id: 'out', block: 'output', inputs: { name: 'greeting' } },
      ],
      links: [
        { from: { node: 'who', output: 'result' }, to: { node: 'loud', input: 'text' } },
        { from: { node: 'loud', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    });
    const started = await api.post(`/api/graphs/${body.id}/runs`, { inputs: { who: 'again' } });
    await api.waitForRun(started.body.runId);
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await expect.poll(() => node('loud').getAttribute('data-status')).toBe('COMPLETED');
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-greeting').textContent()).resolves.toContain('AGAIN');
  });

  it('highlights code in a markdown output, with the highlighter loaded only then', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const { body } = await api.post('/api/graphs', {
      name: 'Snippet',
      nodes: [
        { id: 'text', block: 'input', inputs: { name: 'text', value: '# Snippet\n\n```js\nconst answer = 42;\n```\n' } },
        { id: 'out', block: 'output', inputs: { name: 'snippet' } },
      ],
      links: [{ from: { node: 'text', output: 'result' }, to: { node: 'out', input: 'value' } }],
    });
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await node('out').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('output-snippet').locator('code .hljs-keyword', { hasText: 'const' }).waitFor();
  });

  it('shows a failing block’s error on its node', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const { body } = await api.post('/api/graphs', {
      name: 'Divide by zero',
      nodes: [{ id: 'divide', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }],
      links: [],
    });
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await node('divide').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'FAILED' }).waitFor();
    await expect(node('divide').getAttribute('data-status')).resolves.toBe('FAILED');
    await expect(node('divide').getByRole('alert').textContent()).resolves.toContain('Division by zero');
  });

  it('stops a long run', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const { body } = await api.post('/api/graphs', { name: 'Slow', nodes: [{ id: 'wait', block: 'time.delay', inputs: { value: 1, ms: 60000 } }], links: [] });
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await node('wait').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await node('wait').and(page.locator('[data-status="RUNNING"]')).waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByTestId('run-status').filter({ hasText: 'TERMINATED' }).waitFor();
    await expect(node('wait').getAttribute('data-status')).resolves.toBe('TERMINATED');
  });

  it('renders outputs by type: markdown, a CSV table, sandboxed HTML', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const graph = {
      name: 'Renderers',
      nodes: [
        { id: 'md', block: 'text.template', inputs: { template: '# Report\n\n- **fast**\n- <b>escaped</b>', values: {} } },
        { id: 'csv', block: 'file.write_text', inputs: { text: 'city,temp\nOslo,4\n"Rio, BR",31\n', name: 'weather.csv', content_type: 'text/csv' } },
        {
          id: 'html',
          block: 'file.write_text',
          inputs: { text: '<h1>Hi</h1><script>parent.document.title="pwned"</script>', name: 'page.html', content_type: 'text/html' },
        },
        { id: 'summary', block: 'output', inputs: { name: 'summary' } },
        { id: 'table', block: 'output', inputs: { name: 'table' } },
        { id: 'page', block: 'output', inputs: { name: 'page' } },
      ],
      links: [
        { from: { node: 'md', output: 'result' }, to: { node: 'summary', input: 'value' } },
        { from: { node: 'csv', output: 'file' }, to: { node: 'table', input: 'value' } },
        { from: { node: 'html', output: 'file' }, to: { node: 'page', input: 'value' } },
      ],
    };
    const { body } = await api.post('/api/graphs', graph);
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await node('md').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    const summary = page.getByTestId('output-summary');
    await expect(summary.locator('h1').textContent()).resolves.toBe('Report');
    await expect(summary.locator('li strong').textContent()).resolves.toBe('fast');
    await expect(summary.locator('b').count()).resolves.toBe(0);
    const table = page.getByTestId('output-table');
    await table.locator('td', { hasText: 'Rio, BR' }).waitFor();
    await expect(table.locator('th').allTextContents()).resolves.toEqual(['city', 'temp']);
    const frame = page.getByTestId('output-page').locator('iframe');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await page.frameLocator('[data-testid=output-page] iframe').locator('h1', { hasText: 'Hi' }).waitFor();
    await expect(page.title()).resolves.toBe('Blocksmith');
  });

  it('shows each agent’s last run in the library', async () => {
    await page.goto(`${server.url}/#/agents`);
    const card = page.locator('li', { hasText: 'Word stats' });
    await expect(card.getByTestId('last-run').textContent()).resolves.toMatch(/^completed (just now|\d+ minutes? ago)$/);
  });

  it('renames and duplicates agents in the library, and switches the theme', async () => {
    await page.goto(`${server.url}/#/agents`);
    await page.getByRole('button', { name: 'Actions for Safe divide' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename “Safe divide”' });
    await rename.getByLabel('Name').fill('Careful divide');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Renamed to “Careful divide”.').waitFor();
    await page.getByRole('link', { name: 'Careful divide', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Actions for Careful divide' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await page.getByRole('link', { name: 'Careful divide (copy)', exact: true }).waitFor();

    const chooseTheme = async (name: string) => {
      await page.getByRole('button', { name: /^Account: / }).click();
      await page.getByRole('menuitemradio', { name }).click();
      await page.keyboard.press('Escape');
    };
    await chooseTheme('Dark');
    await expect(page.evaluate('document.documentElement.dataset.theme')).resolves.toBe('dark');
    await page.reload();
    await expect(page.evaluate('document.documentElement.dataset.theme')).resolves.toBe('dark');
    await chooseTheme('Like the system');
    await expect(page.evaluate('document.documentElement.dataset.theme ?? "system"')).resolves.toBe('system');
  });

  it('creates an API key in Settings, shows it once, and deletes it', async () => {
    await page.goto(`${server.url}/#/settings`);
    await page.getByLabel('Key name').fill('ci');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('new-key').textContent();
    expect(secret).toMatch(/^bsk_/);
    const program = new ApiClient(server.url, secret!);
    await expect(program.get('/api/auth/me').then((r) => r.body.user.email)).resolves.toBe(EMAIL);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete key ci' }).click();
    await page.getByRole('button', { name: 'Delete key ci' }).waitFor({ state: 'detached' });
    await expect(program.get('/api/graphs').then((r) => r.status)).resolves.toBe(401);
  });

  it('uploads a file as a run input and reads it in the graph', async () => {
    const api = new ApiClient(server.url);
    await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
    const graph = {
      name: 'Count lines',
      nodes: [
        { id: 'doc', block: 'input', inputs: { name: 'document' } },
        { id: 'read', block: 'file.read_text' },
        { id: 'lines', block: 'text.split' },
        { id: 'count', block: 'list.length' },
        { id: 'out', block: 'output', inputs: { name: 'lines' } },
      ],
      links: [
        { from: { node: 'doc', output: 'result' }, to: { node: 'read', input: 'file' } },
        { from: { node: 'read', output: 'text' }, to: { node: 'lines', input: 'text' } },
        { from: { node: 'lines', output: 'parts' }, to: { node: 'count', input: 'list' } },
        { from: { node: 'count', output: 'length' }, to: { node: 'out', input: 'value' } },
      ],
    };
    const { body } = await api.post('/api/graphs', graph);
    await page.goto(`${server.url}/#/graphs/${body.id}`);
    await node('read').waitFor();
    await page.getByLabel('Upload a file for document').setInputFiles({ name: 'poem.txt', mimeType: 'text/plain', buffer: Buffer.from('one\ntwo\nthree') });
    await expect.poll(() => page.locator('#run-input-document').inputValue()).toContain('"name":"poem.txt"');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-lines').textContent()).resolves.toContain('3');
    // A file can also be the Input node's default value, uploaded from its field in the node's settings.
    const docSettings = await settingsOf('doc');
    await docSettings
      .getByLabel('Upload a file for settings-doc-value')
      .setInputFiles({ name: 'pair.txt', mimeType: 'text/plain', buffer: Buffer.from('a\nb') });
    await expect.poll(() => docSettings.locator('#settings-doc-value').inputValue()).toContain('pair.txt');
    await page.locator('#run-input-document').fill('');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect.poll(() => page.getByTestId('output-lines').textContent()).toContain('2');
  });

  it('edits lists with the list editor and code with the code editor', async () => {
    await page.goto(`${server.url}/#/graphs/new`);
    for (const block of ['text.combine', 'code.javascript', 'output']) await page.locator(`.palette-item[data-block="${block}"]`).click();
    await node('output_1').waitFor();
    // Added blocks sit apart, and the view follows the last one: Fit shows them all.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const codeSettings = await settingsOf('code_javascript_1');
    await codeSettings.getByRole('textbox', { name: 'New inputs key on code_javascript_1' }).fill('expression');
    await codeSettings.getByRole('button', { name: 'Add inputs key pin on code_javascript_1' }).click();
    const code = node('code_javascript_1').locator('.cm-content');
    await code.fill('return eval(inputs.expression);');
    // Highlighted: the keyword is a token of its own; Ctrl+F opens CodeMirror's search in the field.
    await expect(code.locator('span', { hasText: /^return$/ }).count()).resolves.toBe(1);
    await code.press('Control+f');
    await node('code_javascript_1').locator('.cm-search').waitFor();
    await page.keyboard.press('Escape');
    // The code node grew as it was filled in: laid out again, it covers no other.
    await layOut();
    await (await settingsOf('text_combine_1')).locator('#settings-text_combine_1-separator').fill('*');
    const texts = node('text_combine_1');
    await texts.getByRole('button', { name: '+ item' }).click();
    await texts.getByRole('button', { name: '+ item' }).click();
    await texts.getByLabel('texts item 1', { exact: true }).fill('7');
    await texts.getByLabel('texts item 2', { exact: true }).fill('5');
    // Laid out once the nodes have their pins and fields, so none covers another.
    await layOut();
    await handle('text_combine_1', 'result', 'source').dragTo(handle('code_javascript_1', 'inputs.expression', 'target'));
    await handle('code_javascript_1', 'result', 'source').dragTo(handle('output_1', 'value', 'target'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
    await expect(page.getByTestId('output-output_1').textContent()).resolves.toContain('35');
  });

  it('adds a credential in Settings and picks it on a block in the builder', async () => {
    const target = createServer((req, res) => res.writeHead(req.headers.authorization === 'Bearer tok-123' ? 200 : 401).end());
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`${server.url}/#/settings`);
      await page.getByLabel('Name', { exact: true }).fill('Data API');
      await page.getByLabel('Kind').selectOption('http_bearer');
      await page.getByLabel('Token').fill('tok-123');
      await page.getByRole('button', { name: 'Add credential' }).click();
      await page.getByRole('cell', { name: 'Data API', exact: true }).waitFor();
      await expect(page.content()).resolves.not.toContain('tok-123');

      const api = new ApiClient(server.url);
      await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
      const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/`;
      const { body } = await api.post('/api/graphs', {
        name: 'Authenticated fetch',
        nodes: [
          { id: 'fetch', block: 'http.request', inputs: { url } },
          { id: 'out', block: 'output', inputs: { name: 'status' } },
        ],
        links: [{ from: { node: 'fetch', output: 'status' }, to: { node: 'out', input: 'value' } }],
      });
      await page.goto(`${server.url}/#/graphs/${body.id}`);
      await node('fetch').locator('#field-fetch-credential').selectOption({ label: 'Data API (http_bearer)' });
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
      await expect(page.getByTestId('output-status').textContent()).resolves.toContain('200');
    } finally {
      target.close();
    }
  });

  it('streams model tokens into the ai.text node as they arrive', async () => {
    // The model answers its first token once the page shows the node running, the rest once the page showed that token.
    const gate = () => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const [watching, seen] = [gate(), gate()];
    const model = await startFakeOpenAiServer([
      {
        chunks: ['Blocks ', 'are ', 'fun.'],
        holds: [
          { afterChunks: 0, until: watching.opened },
          { afterChunks: 1, until: seen.opened },
        ],
      },
    ]);
    const api = new ApiClient(server.url);
    let credentialId: string | undefined;
    try {
      await api.post('/api/auth/login', { email: EMAIL, password: PASSWORD });
      const { body: cred } = await api.post('/api/credentials', {
        name: 'Local model',
        kind: 'openai_compatible',
        fields: { baseUrl: model.baseUrl, apiKey: 'sk-local' },
      });
      credentialId = cred.credential.id;
      const { body } = await api.post('/api/graphs', {
        name: 'Ask a model',
        nodes: [
          { id: 'ask', block: 'ai.text', inputs: { prompt: 'Say something', model: 'tiny', credential: cred.credential.id } },
          { id: 'answer', block: 'output', inputs: { name: 'answer' } },
        ],
        links: [{ from: { node: 'ask', output: 'response' }, to: { node: 'answer', input: 'value' } }],
      });
      await page.goto(`${server.url}/#/graphs/${body.id}`);
      await node('ask').waitFor();
      // The picker shows the chosen credential once the user's credentials have loaded.
      await expect.poll(() => node('ask').locator('#field-ask-credential').inputValue()).toBe(cred.credential.id);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.locator('[data-testid="node-ask"][data-status="RUNNING"]').waitFor();
      watching.open();
      // The first tokens show on the node while the model is still answering.
      await page.getByTestId('stream-ask').filter({ hasText: 'Blocks' }).waitFor();
      await expect(node('ask').getAttribute('data-status')).resolves.toBe('RUNNING');
      seen.open();
      await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
      await expect(page.getByTestId('stream-ask').textContent()).resolves.toBe('Blocks are fun.');
      await expect(page.getByTestId('output-answer').textContent()).resolves.toContain('Blocks are fun.');
    } finally {
      watching.open();
      seen.open();
      await model.close();
      // Later tests rely on which model credentials exist (the only fitting one is a node's default).
      if (credentialId) await api.delete(`/api/credentials/${credentialId}`);
    }
  });

  it('adds a model key in Settings, tests it, and runs the research assistant example, watching it call its tools', async () => {
    const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Example Domain</title>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    const model = await startFakeOpenAiServer(
      [
        { chunks: ['Let me ', 'look it up.'], toolCalls: [{ name: 'fetch_web_page', arguments: { url: siteUrl } }], chunkDelayMs: 100 },
        { toolCalls: [{ name: 'run_javascript', arguments: { code: 'return inputs.title.length;', inputs: { title: 'Example Domain' } } }] },
        { chunks: ['The title ', 'has 14 characters.'], chunkDelayMs: 100, usage: { inputTokens: 1200, outputTokens: 40 } },
      ],
      ['gpt-4o-mini', 'local-llama'],
    );
    try {
      await page.goto(`${server.url}/#/settings`);
      await page.getByLabel('Name', { exact: true }).fill('My model');
      await page.getByLabel('Kind').selectOption('openai_compatible');
      await page.getByLabel('Base URL').fill(model.baseUrl);
      await page.getByLabel('API key', { exact: true }).fill('sk-e2e');
      await page.getByRole('button', { name: 'Add credential' }).click();
      await page
        .getByRole('row', { name: /My model/ })
        .getByRole('button', { name: 'Test' })
        .click();
      await page.getByTestId('credential-test-My model').filter({ hasText: 'It works: the provider offers 2 models.' }).waitFor();

      await page.goto(`${server.url}/#/agents`);
      await page.getByRole('link', { name: /Research assistant/ }).click();
      await node('agent').waitFor();
      await expect(page.locator('.react-flow__edge.tool-link').count()).resolves.toBe(3);
      // With no credential chosen, the run uses the only fitting one, and the model field suggests what its provider lists.
      await node('agent').locator('#field-agent-credential option', { hasText: 'default: My model' }).waitFor({ state: 'attached' });
      const agentSettings = await settingsOf('agent');
      await agentSettings.locator('#settings-agent-model-suggestions option[value="local-llama"]').waitFor({ state: 'attached' });
      await node('agent').locator('#field-agent-credential').selectOption({ label: 'My model (openai_compatible)' });
      await agentSettings.locator('#settings-agent-model-suggestions option[value="local-llama"]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByTestId('stream-agent').filter({ hasText: 'Let me' }).waitFor();
      await page.locator('[data-testid="node-fetch"][data-status="COMPLETED"]').waitFor();
      await page.locator('[data-testid="node-code"][data-status="COMPLETED"]').waitFor();
      await page.getByTestId('run-status').filter({ hasText: 'COMPLETED' }).waitFor();
      await expect(page.getByTestId('output-answer').textContent()).resolves.toContain('has 14 characters.');
      await expect(page.getByTestId('usage-agent').textContent()).resolves.toMatch(/in · .* out · \$/);
      await expect(page.getByTestId('run-usage').textContent()).resolves.toContain('in 3 calls');
      // The agent's panel shows the step at which it called each tool, and what came back.
      await node('agent').locator('header').click();
      const steps = page.getByTestId('agent-steps-agent');
      await expect(steps.textContent()).resolves.toMatch(/Step 1.*called fetch_web_page.*Step 2.*called run_javascript/s);
    } finally {
      await model.close();
      site.close();
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
