import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { greeterGraph } from '../testing/greeter-graph.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** The official SDK's client on /api/mcp, with an API key. */
async function connect(url: string, key: string): Promise<Client> {
  const client = new Client({ name: 'test-client', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/api/mcp`), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
  return client;
}

describe('Blocksmith as an MCP server (real server, the official SDK client)', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let ownerKey: string;
  let otherKey: string;
  let greeterId: string;

  beforeAll(async () => {
    let other: ApiClient;
    ({ server, owner, other, stop } = await startWithTwoAccounts());
    ownerKey = (await owner.post('/api/keys', { name: 'desktop assistant' })).body.secret;
    otherKey = (await other.post('/api/keys', { name: 'theirs' })).body.secret;
    greeterId = (await owner.post('/api/graphs', { ...greeterGraph, description: 'Greets someone by name.' })).body.id;
  });

  afterAll(async () => {
    await stop?.();
  });

  it('offers the agents enabled for MCP as tools, with their run inputs as the schema, and runs them', async () => {
    const client = await connect(server.url, ownerKey);
    const before = (await client.listTools()).tools.map((t) => t.name);
    expect(before).toEqual(expect.arrayContaining(['find_blocks', 'list_agents', 'run_agent', 'create_agent']));
    expect(before).not.toContain('greeter');

    const enabled = await owner.patch(`/api/graphs/${greeterId}`, { mcp: true });
    expect(enabled.body).toMatchObject({ id: greeterId, mcp: true, latestVersion: 1 });
    const { tools } = await client.listTools();
    expect(tools.find((t) => t.name === 'greeter')).toEqual({
      name: 'greeter',
      description: 'Greets someone by name.',
      inputSchema: { type: 'object', properties: { who: { type: 'string', default: 'world' } }, required: [] },
      outputSchema: expect.objectContaining({ type: 'object', required: ['runId', 'status'] }),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    });
    // Every tool says what it may do and what it answers; the ones that only read say so. (The client checks
    // each answer's structuredContent against its tool's outputSchema: the calls below would fail otherwise.)
    expect(tools.filter((t) => t.annotations?.readOnlyHint === undefined)).toEqual([]);
    expect(tools.filter((t) => t.outputSchema?.type !== 'object').map((t) => t.name)).toEqual([]);
    expect(tools.filter((t) => t.annotations?.readOnlyHint).map((t) => t.name)).toEqual(
      expect.arrayContaining(['find_blocks', 'get_block', 'list_agents', 'get_agent', 'get_run', 'get_failed_node']),
    );
    expect(tools.find((t) => t.name === 'edit_agent')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });

    const result = await client.callTool({ name: 'greeter', arguments: { who: 'MCP' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ status: 'COMPLETED', outputs: { greeting: ['Hello MCP'] } });
    expect(JSON.parse((result.content as { text: string }[])[0]!.text)).toEqual({ greeting: ['Hello MCP'] });
    const runs = (await owner.get(`/api/runs?graphId=${greeterId}&trigger=mcp`)).body.runs;
    expect(runs).toHaveLength(1);

    const listed = await client.callTool({ name: 'list_agents', arguments: {} });
    expect(JSON.stringify(listed.structuredContent)).toContain(greeterId);
    await client.close();
  });

  it('answers a failed run, an unknown tool and bad arguments as tool errors', async () => {
    const client = await connect(server.url, ownerKey);
    const { body: broken } = await owner.post('/api/graphs', {
      name: 'Divide',
      nodes: [{ id: 'div', block: 'math.arithmetic', inputs: { operation: 'divide', a: 1, b: 0 } }],
      links: [],
    });
    await owner.patch(`/api/graphs/${broken.id}`, { mcp: true });
    const failed = await client.callTool({ name: 'divide', arguments: {} });
    expect(failed.isError).toBe(true);
    expect((failed.content as { text: string }[])[0]!.text).toMatch(/Division by zero|divide/i);
    expect((await client.callTool({ name: 'nope', arguments: {} })).isError).toBe(true);
    // The platform's tools answer in the shapes they advertise (the client checks each against its schema).
    const runId = (await owner.get(`/api/runs?graphId=${broken.id}&trigger=mcp`)).body.runs[0].id;
    const node = await client.callTool({ name: 'get_failed_node', arguments: { run_id: runId } });
    expect(node.structuredContent).toMatchObject({ runId, nodeId: 'div', block: 'math.arithmetic', error: expect.stringMatching(/zero/i) });
    expect((await client.callTool({ name: 'get_run', arguments: { id: runId } })).structuredContent).toMatchObject({ runId, status: 'FAILED', ended: true });
    expect((await client.callTool({ name: 'get_agent', arguments: { id: broken.id } })).structuredContent).toMatchObject({ id: broken.id, version: 1 });
    expect((await client.callTool({ name: 'find_blocks', arguments: { query: 'divide numbers' } })).structuredContent).toHaveProperty('blocks');
    expect((await client.callTool({ name: 'get_block', arguments: { id: 'math.arithmetic' } })).structuredContent).toMatchObject({ id: 'math.arithmetic' });
    const ran = await client.callTool({ name: 'run_agent', arguments: { id: greeterId, inputs: { who: 'tools' } } });
    expect(ran.structuredContent).toMatchObject({ status: 'COMPLETED', outputs: { greeting: ['Hello tools'] } });
    const preset = await client.callTool({ name: 'create_preset', arguments: { id: greeterId, name: 'Ada', inputs: { who: 'Ada' } } });
    const presetId = (preset.structuredContent as { presetId: string }).presetId;
    expect((await client.callTool({ name: 'list_presets', arguments: { id: greeterId } })).structuredContent).toEqual({
      presets: [{ presetId, name: 'Ada', inputs: { who: 'Ada' } }],
    });
    const scheduled = await client.callTool({
      name: 'create_schedule',
      arguments: { id: greeterId, cron: '0 9 * * 1-5', timezone: 'UTC', preset_id: presetId },
    });
    const { scheduleId } = scheduled.structuredContent as { scheduleId: string };
    expect((await client.callTool({ name: 'change_schedule', arguments: { schedule_id: scheduleId, enabled: false } })).structuredContent).toMatchObject({
      enabled: false,
      nextRuns: [],
    });
    expect((await client.callTool({ name: 'list_triggers', arguments: { id: greeterId } })).structuredContent).toMatchObject({
      schedules: [{ scheduleId, presetId }],
    });
    expect((await client.callTool({ name: 'delete_schedule', arguments: { schedule_id: scheduleId } })).structuredContent).toEqual({
      deleted: true,
      scheduleId,
    });
    // The webhook's URL is on the address the client reached the server at, and calling it starts a run.
    const hook = (await client.callTool({ name: 'create_webhook', arguments: { id: greeterId } })).structuredContent as { webhookId: string; url: string };
    expect(hook.url.startsWith(`${server.url}/api/hooks/bsh_`)).toBe(true);
    const called = await fetch(`${hook.url}?wait=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"who":"a hook"}' });
    expect(await called.json()).toMatchObject({ status: 'COMPLETED', outputs: { greeting: ['Hello a hook'] } });
    expect((await client.callTool({ name: 'delete_webhook', arguments: { webhook_id: hook.webhookId } })).structuredContent).toEqual({
      deleted: true,
      webhookId: hook.webhookId,
    });
    expect((await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    await client.close();
  });

  it("answers arguments that do not match a tool's input schema with -32602, and a body that is not JSON with -32700", async () => {
    const client = await connect(server.url, ownerKey);
    await expect(client.callTool({ name: 'get_agent', arguments: {} })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringMatching(/get_agent.*id/),
    });
    await owner.patch(`/api/graphs/${greeterId}`, { mcp: true });
    await expect(client.callTool({ name: 'greeter', arguments: { whom: 'x' } })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('Unknown run input "whom"'),
    });
    await client.close();
    const malformed = await fetch(`${server.url}/api/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownerKey}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc": "2.0", "id": 1, "method": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringContaining('not JSON') } });
    // The API's own JSON parser reads the body: a prototype-poisoning key is refused here as everywhere.
    const poisoned = await fetch(`${server.url}/api/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownerKey}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "__proto__": {"admin": true}}',
    });
    expect(poisoned.status).toBe(400);
    expect(await poisoned.json()).toMatchObject({ error: { code: -32700 } });
  });

  it('reports progress while an agent runs, and a cancelled call stops its run', async () => {
    const client = await connect(server.url, ownerKey);
    const { body: steps } = await owner.post('/api/graphs', {
      name: 'Two steps',
      nodes: [
        { id: 'first', block: 'text.case', inputs: { text: 'a', mode: 'upper' } },
        { id: 'second', block: 'text.case', inputs: { mode: 'lower' } },
        { id: 'out', block: 'output', inputs: { name: 'text' } },
      ],
      links: [
        { from: { node: 'first', output: 'result' }, to: { node: 'second', input: 'text' } },
        { from: { node: 'second', output: 'result' }, to: { node: 'out', input: 'value' } },
      ],
    });
    await owner.patch(`/api/graphs/${steps.id}`, { mcp: true });
    const progress: string[] = [];
    const done = await client.callTool({ name: 'two_steps', arguments: {} }, undefined, { onprogress: (p) => void progress.push(p.message ?? '') });
    expect(done.structuredContent).toMatchObject({ outputs: { text: ['a'] } });
    expect(progress).toEqual(['first completed', 'second completed', 'out completed']);

    const { body: slow } = await owner.post('/api/graphs', {
      name: 'Slow',
      nodes: [{ id: 'wait', block: 'time.delay', inputs: { value: 1, ms: 86_400_000 } }],
      links: [],
    });
    await owner.patch(`/api/graphs/${slow.id}`, { mcp: true });
    const cancel = new AbortController();
    const call = client.callTool({ name: 'slow', arguments: {} }, undefined, { signal: cancel.signal });
    let runs: { id: string; status: string }[] = [];
    while (runs[0]?.status !== 'RUNNING') runs = (await owner.get(`/api/runs?graphId=${slow.id}`)).body.runs;
    cancel.abort();
    await expect(call).rejects.toThrow();
    expect((await owner.waitForRun(runs[0]!.id)).run.status).toBe('TERMINATED');
    await client.close();
  });

  it("shows another user's key none of the owner's agents, and refuses requests without a key", async () => {
    const client = await connect(server.url, otherKey);
    expect((await client.listTools()).tools.map((t) => t.name)).not.toContain('greeter');
    expect((await client.callTool({ name: 'greeter', arguments: {} })).isError).toBe(true);
    const peek = await client.callTool({ name: 'get_agent', arguments: { id: greeterId } });
    expect(peek.isError).toBe(true);
    await client.close();

    const anonymous = await fetch(`${server.url}/api/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="blocksmith"');
    const session = await fetch(`${server.url}/api/mcp`, {
      method: 'POST',
      headers: { cookie: owner.cookieHeader!, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(session.status).toBe(401);
    expect(session.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(((await session.json()) as { error: { message: string } }).error.message).toMatch(/API key/);
  });
});
