import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ApiClient, blocksmithArgs, greeterGraph, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpEndpoint } from './mcp.ts';

describe('blocksmith mcp: the stdio bridge', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let key: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    const owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    key = (await owner.post('/api/keys', { name: 'stdio client' })).body.secret;
    const { body } = await owner.post('/api/graphs', greeterGraph);
    await owner.patch(`/api/graphs/${body.id}`, { mcp: true });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("passes a stdio client's requests to the server's /api/mcp, end to end", async () => {
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: blocksmithArgs(['mcp', '--url', server.url]), env: { ...env, BLOCKSMITH_API_KEY: key } }),
    );
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('greeter');
    const result = await client.callTool({ name: 'greeter', arguments: { who: 'stdio' } });
    expect(result.structuredContent).toMatchObject({ status: 'COMPLETED', outputs: { greeting: ['Hello stdio'] } });
    await client.close();
  });

  it('says what is missing or wrong: the URL, the API key, a server it cannot reach', async () => {
    const { main } = await import('../main.ts');
    const errors: string[] = [];
    const out = { stdout: () => undefined, stderr: (line: string) => void errors.push(line) };
    expect(await main(['mcp'], out)).toBe(2);
    expect(errors.join('\n')).toMatch(/mcp needs --url/);
    const saved = process.env.BLOCKSMITH_API_KEY;
    delete process.env.BLOCKSMITH_API_KEY;
    expect(await main(['mcp', '--url', server.url], out)).toBe(2);
    expect(errors.join('\n')).toMatch(/API key in BLOCKSMITH_API_KEY/);
    process.env.BLOCKSMITH_API_KEY = 'bsk_not-a-key';
    expect(await main(['mcp', '--url', server.url], out)).toBe(2);
    expect(errors.at(-1)).toMatch(new RegExp(`Cannot reach the Blocksmith MCP endpoint ${server.url}/api/mcp: .*The API key is not valid`));
    const { freePort } = await import('@blocksmith/server/testing');
    const nobody = `http://127.0.0.1:${await freePort()}`;
    expect(await main(['mcp', '--url', nobody], out)).toBe(2);
    expect(errors.at(-1)).toMatch(new RegExp(`Cannot reach the Blocksmith MCP endpoint ${nobody}/api/mcp: .*ECONNREFUSED`));
    if (saved !== undefined) process.env.BLOCKSMITH_API_KEY = saved;
    else delete process.env.BLOCKSMITH_API_KEY;
    expect(mcpEndpoint('http://h:1/base/').href).toBe('http://h:1/base/api/mcp');
    expect(mcpEndpoint('http://h:1/api/mcp').href).toBe('http://h:1/api/mcp');
  });
});
