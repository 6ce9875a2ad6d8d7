import { startFakeOpenAiServer, type FakeModelServer, type ScriptedReply } from '@blocksmith/blocks/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

const PAGE = '<html><head><title>Example Domain</title></head><body><p>This domain is for use in examples.</p></body></html>';

/** Says something in a session and reads the whole event stream of the turn. */
async function say(client: ApiClient, sessionId: string, text: string): Promise<{ status: number; events: any[] }> {
  const response = await fetch(`${client.baseUrl}/api/copilot/sessions/${sessionId}/messages`, {
    method: 'POST',
    headers: { cookie: client.cookieHeader!, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  const body = await response.text();
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) return { status: response.status, events: [JSON.parse(body)] };
  const events = body
    .split('\n\n')
    .filter(Boolean)
    .map((chunk) => JSON.parse(/^data: (.*)$/m.exec(chunk)![1]!));
  return { status: response.status, events };
}

/** The JSON result of the last tool message the model was sent, in OpenAI's format. */
const lastToolResult = (body: Record<string, unknown>): any => {
  const tools = (body.messages as { role: string; content: string }[]).filter((m) => m.role === 'tool');
  return JSON.parse(tools.at(-1)!.content);
};

function summarizerGraph(pageBlock: string) {
  return {
    schemaVersion: 1,
    name: 'Page summary',
    nodes: [
      { id: 'url', block: 'input', inputs: { name: 'url' } },
      { id: 'fetch', block: pageBlock, inputs: { method: 'GET' } },
      { id: 'prompt', block: 'text.template', inputs: { template: 'Summarize:\n\n{{page}}' } },
      { id: 'summarize', block: 'ai.text', inputs: { model: 'tiny' } },
      { id: 'save', block: 'file.write_text', inputs: { name: 'summary.md' } },
      { id: 'out', block: 'output', inputs: { name: 'summary_file' } },
    ],
    links: [
      { from: { node: 'url', output: 'result' }, to: { node: 'fetch', input: 'url' } },
      { from: { node: 'fetch', output: 'body' }, to: { node: 'prompt', input: 'values.page' } },
      { from: { node: 'prompt', output: 'result' }, to: { node: 'summarize', input: 'prompt' } },
      { from: { node: 'summarize', output: 'response' }, to: { node: 'save', input: 'text' } },
      { from: { node: 'save', output: 'file' }, to: { node: 'out', input: 'value' } },
    ],
  };
}

describe('the copilot (real server, a scripted OpenAI-compatible model)', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let site: Server;
  let pageUrl: string;
  let owner: ApiClient;
  let other: ApiClient;
  const models: FakeModelServer[] = [];
  const provider = async (client: ApiClient, script: ScriptedReply[]) => {
    const model = await startFakeOpenAiServer(script);
    models.push(model);
    const { body } = await client.post('/api/credentials', { name: 'Local model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl } });
    return { model, credentialId: body.credential.id as string };
  };
  const shared: { agentId?: string; runId?: string; artifactId?: string } = {};

  beforeAll(async () => {
    site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    ({ server, owner, other, stop } = await startWithTwoAccounts({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' }));
  });

  afterAll(async () => {
    await stop?.();
    await Promise.all(models.map((m) => m.close()));
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  it('builds an agent from a request: finds blocks, fixes the graph the engine refused, runs it and links the artifact', async () => {
    const invalid = summarizerGraph('web.fetch');
    const { model } = await provider(owner, [
      { chunks: ['Let me look for blocks.'], toolCalls: [{ name: 'find_blocks', arguments: { query: 'fetch web page' } }] },
      { toolCalls: [{ name: 'create_agent', arguments: { graph: invalid } }] },
      { toolCalls: [{ name: 'create_agent', arguments: { graph: summarizerGraph('http.request') } }] },
      { from: (body) => ({ toolCalls: [{ name: 'run_agent', arguments: { id: lastToolResult(body).id, inputs: { url: pageUrl } } }] }) },
      { chunks: ['- A domain for examples.'] },
      { from: (body) => ({ chunks: [`Done. The summary is in workspace://${lastToolResult(body).artifacts[0].id}.`] }) },
    ]);
    const { body: created } = await owner.post('/api/copilot/sessions', { model: 'tiny' });
    expect(created.session).toMatchObject({ title: 'New chat', model: 'tiny' });
    const { status, events } = await say(owner, created.session.id, 'Make an agent that fetches a page and summarizes it');
    expect(status).toBe(200);

    const started = events.filter((e) => e.type === 'tool_start').map((e) => e.name);
    expect(started).toEqual(['find_blocks', 'create_agent', 'create_agent', 'run_agent']);
    const ended = events.filter((e) => e.type === 'tool_end').map((e) => e.call);
    expect(ended[0].result.blocks.map((b: { id: string }) => b.id)).toContain('http.request');
    expect(ended[1].result).toMatchObject({ saved: false, issues: [expect.stringContaining('web.fetch')] });
    expect(ended[2].result).toMatchObject({ saved: true, version: 1 });
    expect(ended[3].result).toMatchObject({ status: 'COMPLETED', artifacts: [{ title: 'summary.md', origin: 'agent' }] });
    expect(ended.every((call: { endedAt: number; startedAt: number }) => call.endedAt >= call.startedAt)).toBe(true);
    expect(
      events
        .filter((e) => e.type === 'delta')
        .map((e) => e.text)
        .join(''),
    ).toContain('Let me look for blocks.');
    expect(events.at(-1)).toEqual({ type: 'done' });
    // The graph the model sent second is what the first refusal said to fix: it never saw a saved invalid agent.
    expect(JSON.stringify(model.requests[2])).toContain('web.fetch');

    const artifact = ended[3].result.artifacts[0];
    expect(artifact.sourceUrl).toBe(`/api/files/${artifact.id}`);
    expect(await (await fetch(`${server.url}${artifact.sourceUrl}`, { headers: { cookie: owner.cookieHeader! } })).text()).toBe('- A domain for examples.');

    const { body: session } = await owner.get(`/api/copilot/sessions/${created.session.id}`);
    expect(session.session.title).toBe('Make an agent that fetches a page and summarizes it');
    expect(session.session.usage).toMatchObject({ calls: 5 });
    expect(session.items.map((i: { kind: string }) => i.kind)).toEqual(['user', 'step', 'step', 'step', 'step', 'step']);
    expect(session.items.at(-1).text).toBe(`Done. The summary is in workspace://${artifact.id}.`);
    expect(session.artifacts).toEqual([artifact]);
    expect(session.running).toBe(false);

    const agent = (await owner.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'Page summary');
    expect(agent).toBeDefined();
    const runs = (await owner.get(`/api/runs?graphId=${agent.id}&trigger=copilot`)).body.runs;
    expect(runs).toHaveLength(1);
    expect(runs[0].trigger).toEqual({ kind: 'copilot', sessionId: created.session.id });
    Object.assign(shared, { agentId: agent.id, runId: runs[0].id, artifactId: artifact.id });
  });

  it('continues a session with the conversation so far, and edits an agent in small steps that the builder reads', async () => {
    const { model } = await provider(owner, [
      {
        from: () => ({
          toolCalls: [
            {
              name: 'edit_agent',
              arguments: {
                id: shared.agentId,
                operations: [
                  { op: 'set_input', node: 'save', input: 'name', value: 'digest.md' },
                  { op: 'rename', name: 'Page digest' },
                ],
              },
            },
          ],
        }),
      },
      { chunks: ['Renamed it and its file.'] },
    ]);
    const { body: sessions } = await owner.get('/api/copilot/sessions');
    const sessionId = sessions.sessions[0].id;
    await owner.patch(`/api/copilot/sessions/${sessionId}`, { credentialId: (await owner.get('/api/credentials')).body.credentials.at(-1).id });
    const { events } = await say(owner, sessionId, 'Call the file digest.md and the agent Page digest');
    expect(events.find((e) => e.type === 'tool_end').call.result).toMatchObject({ saved: true, version: 2 });
    // The model read the whole session again: the first turn's tool calls are in what it was sent.
    expect(JSON.stringify(model.requests[0])).toContain('find_blocks');
    const { body } = await owner.get(`/api/graphs/${shared.agentId}`);
    expect(body.graph.name).toBe('Page digest');
    expect(body.graph.nodes.find((n: { id: string }) => n.id === 'save').inputs).toEqual({ name: 'digest.md' });
    expect(body.graph.links).toHaveLength(5);
  });

  it('reads where a run failed, fixes that node and re-runs only what broke', async () => {
    const divider = {
      name: 'Halver',
      nodes: [
        { id: 'n', block: 'input', inputs: { name: 'n', value: 10 } },
        { id: 'divide', block: 'math.arithmetic', inputs: { operation: 'divide', b: 0 } },
        { id: 'out', block: 'output', inputs: { name: 'half' } },
      ],
      links: [
        { from: { node: 'n', output: 'result' }, to: { node: 'divide', input: 'a' } },
        { from: { node: 'divide', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    };
    const { body: agent } = await owner.post('/api/graphs', divider);
    const failed = await owner.waitForRun((await owner.post(`/api/graphs/${agent.id}/runs`, {})).body.runId);
    expect(failed.run.status).toBe('FAILED');
    const { credentialId } = await provider(owner, [
      { toolCalls: [{ name: 'get_failed_node', arguments: { run_id: failed.run.id } }] },
      { toolCalls: [{ name: 'edit_agent', arguments: { id: agent.id, operations: [{ op: 'set_input', node: 'divide', input: 'b', value: 2 }] } }] },
      { toolCalls: [{ name: 'rerun_from_node', arguments: { run_id: failed.run.id, node_id: 'divide' } }] },
      { chunks: ['Fixed: it halves now.'] },
    ]);
    const { body: created } = await owner.post('/api/copilot/sessions', { credentialId });
    const { events } = await say(owner, created.session.id, 'Why did my Halver fail? Fix it.');
    const results = events.filter((e) => e.type === 'tool_end').map((e) => e.call.result);
    expect(results[0]).toMatchObject({ nodeId: 'divide', block: 'math.arithmetic', inputs: { a: 10, b: 0, operation: 'divide' } });
    expect(results[0].error).toMatch(/zero/i);
    expect(results[2]).toMatchObject({ status: 'COMPLETED', outputs: { half: [5] } });
    const again = await owner.waitForRun(results[2].runId);
    expect(again.run.trigger).toEqual({ kind: 'rerun', runId: failed.run.id, fromNode: 'divide' });
    expect(again.nodeRuns.filter((r: { reusedFrom?: string }) => r.reusedFrom).map((r: { nodeId: string }) => r.nodeId)).toEqual(['n']);
  });

  it("acts as the signed-in user only: another user's copilot sees none of the owner's agents, runs or files", async () => {
    const { body: created } = await other.post('/api/copilot/sessions', {});
    const refused = await say(other, created.session.id, 'hello');
    expect(refused.status).toBe(400);
    expect(refused.events[0].error.message).toMatch(/needs a model: add an OpenAI, Anthropic, Ollama or OpenAI-compatible credential/);

    await provider(other, [
      {
        toolCalls: [
          { name: 'get_agent', arguments: { id: shared.agentId } },
          { name: 'list_agents', arguments: {} },
          { name: 'get_run', arguments: { id: shared.runId } },
          { name: 'read_file', arguments: { ref: `workspace://${shared.artifactId}` } },
          { name: 'run_agent', arguments: { id: shared.agentId, inputs: {} } },
          { name: 'rerun_from_node', arguments: { run_id: shared.runId, node_id: 'save' } },
          { name: 'get_failed_node', arguments: { run_id: shared.runId } },
          { name: 'list_files', arguments: {} },
        ],
      },
      { chunks: ['Nothing of yours here.'] },
    ]);
    const { events } = await say(other, created.session.id, 'Show me the Page digest agent');
    const results = Object.fromEntries(events.filter((e) => e.type === 'tool_end').map((e) => [e.call.name, e.call.result]));
    expect(results.get_agent.error).toMatch(/You have no agent/);
    expect(results.list_agents.agents.map((a: { id: string }) => a.id)).not.toContain(shared.agentId);
    expect(results.get_run.error).toMatch(/You have no run/);
    expect(results.read_file.error).toMatch(/There is no file/);
    expect(results.run_agent.error).toMatch(/not found/i);
    expect(results.rerun_from_node.error).toMatch(/not found/i);
    expect(results.get_failed_node.error).toMatch(/not found/i);
    expect(results.list_files.files).toEqual([]);

    const ownerSession = (await owner.get('/api/copilot/sessions')).body.sessions[0].id;
    expect((await other.get(`/api/copilot/sessions/${ownerSession}`)).status).toBe(404);
    expect((await say(other, ownerSession, 'hi')).status).toBe(404);
    expect((await other.delete(`/api/copilot/sessions/${ownerSession}`)).status).toBe(404);
  });

  it("a builder's session works on the agent open there: the model is told which one", async () => {
    const { model } = await provider(owner, [{ chunks: ['It fetches a page and saves a summary.'] }]);
    expect((await owner.post('/api/copilot/sessions', { graphId: 'no-such-agent' })).status).toBe(404);
    const { body } = await owner.post('/api/copilot/sessions', { graphId: shared.agentId });
    expect(body.session.graphId).toBe(shared.agentId);
    const credentialId = (await owner.get('/api/credentials')).body.credentials.at(-1).id;
    await owner.patch(`/api/copilot/sessions/${body.session.id}`, { credentialId });
    const { events } = await say(owner, body.session.id, 'What does this agent do?');
    expect(events.at(-1)).toEqual({ type: 'done' });
    expect(JSON.stringify(model.requests[0])).toContain(`has their agent ${shared.agentId} open in the builder`);
  });

  it('keeps what the person asks it to remember, is told it in later sessions, and forgets; the person sees and deletes memories too', async () => {
    const memoryOf = (body: Record<string, unknown>) => /\[(\S+)\] Alerts go to #ops\./.exec(JSON.stringify(body))![1]!;
    const { model, credentialId } = await provider(owner, [
      { toolCalls: [{ name: 'remember', arguments: { text: 'Alerts go to #ops.' } }] },
      { chunks: ['I will remember that.'] },
      { from: (body) => ({ toolCalls: [{ name: 'forget', arguments: { memory_id: memoryOf(body) } }] }) },
      { chunks: ['Forgotten.'] },
    ]);
    const session = async () => (await owner.post('/api/copilot/sessions', { credentialId })).body.session.id as string;
    await say(owner, await session(), 'Remember that alerts go to #ops');
    const [kept] = (await owner.get('/api/copilot/memories')).body.memories;
    expect(kept).toMatchObject({ text: 'Alerts go to #ops.' });
    expect((await other.get('/api/copilot/memories')).body.memories).toEqual([]);
    expect((await other.delete(`/api/copilot/memories/${kept.id}`)).status).toBe(404);

    // A new session is told what it keeps, with the id to forget it by.
    const { events } = await say(owner, await session(), 'Alerts no longer go to #ops; forget that');
    expect(JSON.stringify(model.requests[2])).toContain(`[${kept.id}] Alerts go to #ops.`);
    expect(events.find((e) => e.type === 'tool_end').call.result).toEqual({ forgotten: true, memoryId: kept.id });
    expect((await owner.get('/api/copilot/memories')).body.memories).toEqual([]);

    const added = await owner.post('/api/copilot/memories', { text: '  I work in Europe/Berlin time.  ' });
    expect(added.status).toBe(201);
    expect(added.body.memory.text).toBe('I work in Europe/Berlin time.');
    expect((await owner.post('/api/copilot/memories', { text: 'x'.repeat(501) })).body.error.message).toMatch(/body\.text/);
    expect((await owner.delete(`/api/copilot/memories/${added.body.memory.id}`)).status).toBe(204);
    expect((await owner.delete(`/api/copilot/memories/${added.body.memory.id}`)).status).toBe(404);
  });

  it('refuses bad requests with messages that say what to fix', async () => {
    const { body: created } = await owner.post('/api/copilot/sessions', {});
    const empty = await owner.post(`/api/copilot/sessions/${created.session.id}/messages`, { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/text/);
    const notModel = (await owner.post('/api/credentials', { name: 'bearer', kind: 'http_bearer', fields: { token: 'secret-token' } })).body.credential.id;
    const wrong = await owner.post('/api/copilot/sessions', { credentialId: notModel });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/needs a model/);
    expect((await owner.delete(`/api/copilot/sessions/${created.session.id}`)).status).toBe(204);
    expect((await owner.get(`/api/copilot/sessions/${created.session.id}`)).status).toBe(404);
  });
});
