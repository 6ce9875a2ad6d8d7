import { BROWSER_TEST_TIMEOUT_MS } from './browser.ts';
import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppSession, type AppSession } from './app-session.ts';

const PAGE = '<html><head><title>Example Domain</title></head><body><p>This domain is for use in examples.</p></body></html>';

/** The JSON result of the last tool message the model was sent. */
const lastToolResult = (body: Record<string, unknown>): any =>
  JSON.parse((body.messages as { role: string; content: string }[]).filter((m) => m.role === 'tool').at(-1)!.content);

const summarizer = (fetchBlock: string) => ({
  schemaVersion: 1,
  name: 'Page summary',
  nodes: [
    { id: 'url', block: 'input', inputs: { name: 'url' } },
    { id: 'fetch', block: fetchBlock, inputs: { method: 'GET' } },
    { id: 'summarize', block: 'ai.text', inputs: { model: 'tiny' } },
    { id: 'save', block: 'file.write_text', inputs: { name: 'summary.md' } },
    { id: 'out', block: 'output', inputs: { name: 'summary_file' } },
  ],
  links: [
    { from: { node: 'url', output: 'result' }, to: { node: 'fetch', input: 'url' } },
    { from: { node: 'fetch', output: 'body' }, to: { node: 'summarize', input: 'prompt' } },
    { from: { node: 'summarize', output: 'response' }, to: { node: 'save', input: 'text' } },
    { from: { node: 'save', output: 'file' }, to: { node: 'out', input: 'value' } },
  ],
});

describe('the copilot in a real browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let app: AppSession;
  let page: Page;
  let site: Server;
  let pageUrl: string;
  let model: FakeModelServer;
  /** The page request the agent's run makes waits here until the test lets it through. */
  const held: ServerResponse[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    site = createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    app = await startAppSession({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    model = await startFakeOpenAiServer([
      { chunks: ['Let me look for blocks.'], toolCalls: [{ name: 'find_blocks', arguments: { query: 'fetch web page' } }] },
      { toolCalls: [{ name: 'create_agent', arguments: { graph: summarizer('web.fetch') } }] },
      { toolCalls: [{ name: 'create_agent', arguments: { graph: summarizer('http.request') } }] },
      { from: (body) => ({ toolCalls: [{ name: 'run_agent', arguments: { id: lastToolResult(body).id, inputs: { url: pageUrl } } }] }) },
      { chunks: ['- A domain for examples.'] },
      { from: (body) => ({ chunks: [`Done. The summary is in workspace://${lastToolResult(body).artifacts[0].id}.`] }) },
      {
        from: (body) => {
          const results = (body.messages as { role: string; content: string }[]).filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content));
          const { id } = results.find((r) => r.saved === true);
          return { toolCalls: [{ name: 'edit_agent', arguments: { id, operations: [{ op: 'rename', name: 'Page digest' }] } }] };
        },
      },
      { chunks: ['Renamed it to Page digest.'] },
      {
        from: (body) => {
          const id = /has their agent (\S+) open in the builder/.exec(JSON.stringify(body))![1]!;
          return { toolCalls: [{ name: 'edit_agent', arguments: { id, operations: [{ op: 'set_input', node: 'save', input: 'name', value: 'report.md' }] } }] };
        },
      },
      { chunks: ['The file is now called report.md.'] },
      {
        from: (body) => {
          const id = /has their agent (\S+) open in the builder/.exec(JSON.stringify(body))![1]!;
          return {
            toolCalls: [
              { name: 'create_schedule', arguments: { id, cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', inputs: { url: 'https://example.com/' } } },
            ],
          };
        },
      },
      { from: (body) => ({ chunks: [`Scheduled: next at ${lastToolResult(body).nextRuns[0]}.`] }) },
      {
        toolCalls: [
          {
            name: 'update_plan',
            arguments: { steps: [{ text: 'Find a translation block', status: 'in_progress' }, { text: 'Add it before the file' }, { text: 'Run the agent' }] },
          },
        ],
      },
      { toolCalls: [{ name: 'find_blocks', arguments: { query: 'translate' } }] },
      {
        toolCalls: [
          {
            name: 'update_plan',
            arguments: {
              steps: [
                { text: 'Find a translation block', status: 'done' },
                { text: 'Add it before the file', status: 'in_progress' },
                { text: 'Run the agent' },
              ],
            },
          },
        ],
      },
      { chunks: ['Which language should the summary be in?'] },
      { toolCalls: [{ name: 'remember', arguments: { text: 'Alerts go to #ops.' } }] },
      { chunks: ['I will remember that alerts go to #ops.'] },
    ]);
    await app.api.post('/api/credentials', { name: 'Local model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl } });
    page = await app.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    for (const res of held) res.end();
    await new Promise<void>((resolve) => site.close(() => resolve()));
    await model?.close();
    await app?.close();
  });

  it('builds, fixes and runs an agent from a request, showing each tool call live, and opens the artifact in the panel', async () => {
    // The first message starts a chat: no "New chat" first.
    await page.goto(`${app.server.url}/#/copilot`);
    await page.getByLabel('Message').fill('Make an agent that fetches a page and summarizes it');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/#\/copilot\/[\w-]+$/);
    await page.locator('.chat-user', { hasText: 'Make an agent that fetches a page and summarizes it' }).waitFor();

    // The run waits on the page the test holds back: its card shows it running meanwhile.
    const running = page.getByTestId('tool-run_agent');
    await expect.poll(() => running.getAttribute('data-state')).toBe('running');
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await expect(page.getByTestId('tool-create_agent').first().getAttribute('data-state')).resolves.toBe('refused');
    await expect(page.getByTestId('tool-create_agent').nth(1).getAttribute('data-state')).resolves.toBe('done');
    await expect.poll(() => held.length).toBe(1);
    held[0]!.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);

    await expect.poll(() => page.getByTestId('tool-run_agent').getAttribute('data-state')).toBe('done');
    const answer = page.locator('.chat-assistant').filter({ hasText: 'Done. The summary is in' });
    await answer.getByRole('link', { name: 'summary.md' }).click();
    const panel = page.getByRole('region', { name: 'Artifact' });
    // A markdown file, rendered: the bullet is a list item.
    await panel.locator('li').filter({ hasText: 'A domain for examples.' }).waitFor();
    await expect(panel.locator('.artifact-title').textContent()).resolves.toBe('summary.md');
    await page.getByTestId('copilot-usage').waitFor();
    await page.getByRole('button', { name: 'Send' }).waitFor();

    // The session survives a reload: what was said and done is read back from the server.
    await page.reload();
    await page.getByTestId('tool-run_agent').waitFor();
    await expect(page.locator('.chat-user').first().textContent()).resolves.toBe('Make an agent that fetches a page and summarizes it');
  });

  it('opens the new agent in the builder, and an edit_agent change shows there', async () => {
    await page.getByRole('link', { name: 'Open in builder' }).first().click();
    await page.getByTestId('node-fetch').waitFor();
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Page summary');
    await page.goBack();
    await page.getByLabel('Message').fill('Call it Page digest');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByTestId('tool-edit_agent').getAttribute('data-state')).toBe('done');
    await page.getByTestId('tool-edit_agent').getByRole('link', { name: 'Open in builder' }).click();
    await page.getByTestId('node-fetch').waitFor();
    await expect(page.getByLabel('Agent name').inputValue()).resolves.toBe('Page digest');
    expect(pageErrors).toEqual([]);
  });

  it('works on the open agent from the builder side panel, and the builder shows the version it saved', async () => {
    await page.getByRole('button', { name: 'Copilot', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Copilot' });
    await page.getByText('v2', { exact: true }).waitFor();
    await panel.getByLabel('Message').fill('Call the file report.md');
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.getByText('The file is now called report.md.').waitFor();
    // The builder now shows the version the copilot saved (the canvas draws only the nodes in view, so read the file it opened).
    await page.getByText('v3', { exact: true }).waitFor();
    const agentId = /#\/graphs\/([^/]+)$/.exec(page.url())![1]!;
    const saved = (await app.api.get(`/api/graphs/${agentId}`)).body;
    expect(saved.version).toBe(3);
    expect(saved.graph.nodes.find((n: { id: string }) => n.id === 'save').inputs).toEqual({ name: 'report.md' });
    expect(pageErrors).toEqual([]);
  });

  it('schedules the open agent from a request, and the Triggers panel shows the schedule', async () => {
    const panel = page.getByRole('region', { name: 'Copilot' });
    await panel.getByLabel('Message').fill('Run it every weekday at 9, Berlin time, on https://example.com/');
    await panel.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => panel.getByTestId('tool-create_schedule').getAttribute('data-state')).toBe('done');
    await panel.getByText(/Scheduled: next at/).waitFor();
    const agentId = /#\/graphs\/([^/]+)$/.exec(page.url())![1]!;
    const { schedules } = (await app.api.get(`/api/graphs/${agentId}/schedules`)).body;
    expect(schedules).toMatchObject([{ schedule: { cron: '0 9 * * 1-5', timezone: 'Europe/Berlin', inputs: { url: 'https://example.com/' }, enabled: true } }]);
    await page.getByRole('button', { name: 'Triggers' }).click();
    await expect.poll(() => page.getByTestId('schedule-0 9 * * 1-5').locator('time.next-run').count()).toBe(3);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the plan of a long task pinned above the chat, each step marked, as it goes and after a reload', async () => {
    const panel = page.getByRole('region', { name: 'Copilot' });
    await panel.getByLabel('Message').fill('Also translate the summary');
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.getByText('Which language should the summary be in?').waitFor();
    const plan = panel.getByRole('region', { name: 'Plan' });
    await expect(plan.getByRole('heading').textContent()).resolves.toBe('Plan · 1 of 3 done');
    await expect(plan.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Find a translation block (done)',
      'Add it before the file (in progress)',
      'Run the agent (to do)',
    ]);
    // Where it changed, the chat says so in a line instead of the call's JSON.
    await expect(panel.locator('.plan-note').allTextContents()).resolves.toEqual(['Plan updated · 0 of 3 done', 'Plan updated · 1 of 3 done']);

    await page.reload();
    await page.getByRole('button', { name: 'Copilot', exact: true }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Copilot' }).getByRole('region', { name: 'Plan' }).locator('li[data-status="in_progress"]').textContent())
      .toBe('Add it before the file (in progress)');
    expect(pageErrors).toEqual([]);
  });

  it('shows what the copilot remembers, and lets the person add and delete memories', async () => {
    await page.goto(`${app.server.url}/#/copilot`);
    await page.getByLabel('Message').fill('Remember that alerts go to #ops');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('I will remember that alerts go to #ops.').waitFor();
    await page.getByText('Memories (1)').click();
    const memories = page.getByRole('list', { name: 'Memories' });
    await expect(memories.getByRole('listitem').allTextContents()).resolves.toEqual(['Alerts go to #ops.']);

    await page.getByLabel('Something to remember').fill('I work in Europe/Berlin time.');
    await page.getByRole('button', { name: 'Remember', exact: true }).click();
    await page.getByText('Memories (2)').waitFor();
    await page.getByRole('button', { name: 'Forget “Alerts go to #ops.”' }).click();
    await page.getByText('Memories (1)').waitFor();
    await expect(memories.getByRole('listitem').allTextContents()).resolves.toEqual(['I work in Europe/Berlin time.']);
    expect((await app.api.get('/api/copilot/memories')).body.memories).toMatchObject([{ text: 'I work in Europe/Berlin time.' }]);
    expect(pageErrors).toEqual([]);
  });
});
