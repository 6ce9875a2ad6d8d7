import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Credential } from '@blocksmith/sdk';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeOpenAiServer } from '../ai/testing/fake-openai-server.ts';
import { closeServer, listenLocally, runBlock, runGraph } from '../test-support.ts';

/** An MCP server written with the official SDK: `add` answers structured content, `refuse` a tool error. */
function testMcpServer(): McpServer {
  const server = new McpServer({ name: 'test-mcp', version: '1.0.0' });
  server.registerTool('add', { description: 'Adds two numbers.', inputSchema: { a: z.number(), b: z.number() } }, async ({ a, b }) => ({
    content: [{ type: 'text', text: `${a + b}` }],
    structuredContent: { sum: a + b },
  }));
  server.registerTool('refuse', { description: 'Always refuses.', inputSchema: {} }, async () => ({
    isError: true,
    content: [{ type: 'text', text: 'not today' }],
  }));
  return server;
}

const EVERYTHING = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js');

describe('MCP blocks', () => {
  let http: Server;
  let http_credential: Credential;
  const stdio: Credential = { id: 'everything', kind: 'mcp_stdio', fields: { command: process.execPath, args: JSON.stringify([EVERYTHING, 'stdio']) } };

  beforeAll(async () => {
    http = createServer(async (req, res) => {
      const server = testMcpServer();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => void server.close());
      await server.connect(transport);
      await transport.handleRequest(req, res);
    });
    const port = await listenLocally(http);
    http_credential = { id: 'local', kind: 'mcp_http', fields: { url: `http://127.0.0.1:${port}/mcp` } };
  });

  afterAll(async () => {
    await closeServer(http);
  });

  it("lists an HTTP MCP server's tools and calls one, with its structured result", async () => {
    const listed = await runBlock('mcp.list_tools', {}, { allowPrivateNetwork: true }, { credentials: [http_credential] });
    expect(listed.status).toBe('COMPLETED');
    expect((listed.outputs.tools![0] as { name: string }[]).map((t) => t.name)).toEqual(['add', 'refuse']);
    expect(listed.outputs.tools![0]).toContainEqual(
      expect.objectContaining({ name: 'add', description: 'Adds two numbers.', inputSchema: expect.objectContaining({ required: ['a', 'b'] }) }),
    );
    const called = await runBlock(
      'mcp.call_tool',
      { tool: 'add', arguments: { a: 2, b: 3 } },
      { allowPrivateNetwork: true },
      { credentials: [http_credential] },
    );
    expect(called.outputs).toEqual({ result: [{ sum: 5 }], text: ['5'] });
  });

  it("fails the node with the tool's own words when the tool answers an error", async () => {
    const refused = await runBlock('mcp.call_tool', { tool: 'refuse' }, { allowPrivateNetwork: true }, { credentials: [http_credential] });
    expect(refused.status).toBe('FAILED');
    expect(refused.error?.message).toBe('The MCP tool "refuse" failed: not today');
  });

  it('keeps to the address policy: a private server URL is refused unless the operator allows it', async () => {
    const refused = await runBlock('mcp.list_tools', {}, {}, { credentials: [http_credential] });
    expect(refused.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringContaining('Refused to connect to 127.0.0.1') });
  });

  it('starts a program as an MCP server over stdio only where the operator allows it (@modelcontextprotocol/server-everything)', async () => {
    const refused = await runBlock('mcp.list_tools', {}, {}, { credentials: [stdio] });
    expect(refused.error).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('BLOCKSMITH_ALLOW_STDIO_MCP=1') });
    const listed = await runBlock('mcp.list_tools', {}, { allowStdioMcp: true }, { credentials: [stdio] });
    expect((listed.outputs.tools![0] as { name: string }[]).map((t) => t.name)).toContain('echo');
    const echoed = await runBlock('mcp.call_tool', { tool: 'echo', arguments: { message: 'over stdio' } }, { allowStdioMcp: true }, { credentials: [stdio] });
    expect(echoed.outputs.text![0]).toContain('over stdio');
  });

  /** An agent whose only tool source is the MCP server of `mcp`, with a scripted model that calls `call` then answers. */
  async function agentWith(mcp: Credential, call: { name: string; arguments: Record<string, unknown> }, settings: Record<string, boolean>) {
    const model = await startFakeOpenAiServer([{ toolCalls: [call] }, { chunks: ['Done.'] }]);
    try {
      const { record, nodeRuns } = await runGraph(
        {
          schemaVersion: 1,
          name: 'agent with an MCP server',
          nodes: [
            { id: 'agent', block: 'ai.agent', inputs: { prompt: 'Use the server', model: 'tiny' } },
            { id: 'server', block: 'mcp.server_tools' },
          ],
          links: [{ from: { node: 'agent', output: 'tools' }, to: { node: 'server', input: 'tool' } }],
        },
        settings,
        { credentials: [mcp, { id: 'model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl } }] },
      );
      return { record, calls: nodeRuns.filter((r) => r.nodeId === 'server'), requests: model.requests };
    } finally {
      await model.close();
    }
  }

  it("offers an agent every tool of an MCP server (written with the SDK): the model's call reaches it and the result comes back", async () => {
    const { record, calls, requests } = await agentWith(http_credential, { name: 'add', arguments: { a: 2, b: 3 } }, { allowPrivateNetwork: true });
    expect(record.status).toBe('COMPLETED');
    const offered = (requests[0]!.tools as { function: { name: string; description: string } }[]).map((t) => [t.function.name, t.function.description]);
    expect(offered).toEqual([
      ['add', 'Adds two numbers.'],
      ['refuse', 'Always refuses.'],
    ]);
    expect(calls.map((c) => [c.status, c.inputs])).toEqual([
      ['COMPLETED', {}],
      ['COMPLETED', { tool: 'add', arguments: { a: 2, b: 3 } }],
    ]);
    expect(JSON.stringify(requests[1])).toContain('{\\"sum\\":5}');
  });

  it('does the same with @modelcontextprotocol/server-everything over stdio', async () => {
    const { record, calls, requests } = await agentWith(
      stdio,
      { name: 'echo', arguments: { message: 'through the agent' } },
      { allowStdioMcp: true, allowPrivateNetwork: true },
    );
    expect(record.status).toBe('COMPLETED');
    expect((requests[0]!.tools as { function: { name: string } }[]).map((t) => t.function.name)).toContain('echo');
    expect(calls[1]).toMatchObject({ status: 'COMPLETED', outputs: { text: [expect.stringContaining('through the agent')] } });
    expect(JSON.stringify(requests[1])).toContain('through the agent');
  });
});
