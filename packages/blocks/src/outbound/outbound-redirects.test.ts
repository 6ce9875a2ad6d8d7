import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listModels } from '../ai/list-models.ts';
import { closeServer, listenLocally, runBlock } from '../test-support.ts';

/**
 * An allowed host that redirects must not carry a request — prompt and Authorization
 * header included — to a host the policy closes. Each kind of outbound call is sent to
 * an allowed loopback server that answers a redirect to another loopback port (closed)
 * or to the cloud metadata address; the closed server must never see a request.
 */
let allowedPort = 0;
let closedPort = 0;
const seenByClosed: string[] = [];
const servers: Server[] = [];

beforeAll(async () => {
  const closed = createServer((req, res) => {
    seenByClosed.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"id":"elsewhere"}]}');
  });
  closedPort = await listenLocally(closed);
  const allowed = createServer((req: IncomingMessage, res) => {
    const to = req.url!.startsWith('/metadata')
      ? 'http://169.254.169.254/latest/meta-data/'
      : `http://127.0.0.1:${closedPort}${req.url!.replace(/^\/\w+/, '')}`;
    res.writeHead(req.url!.startsWith('/found') ? 302 : 307, { location: to }).end();
  });
  allowedPort = await listenLocally(allowed);
  servers.push(closed, allowed);
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
});

const policy = () => ({ allowPrivateNetwork: false, allowedHosts: [`127.0.0.1:${allowedPort}`], allowedSockets: [] });
const modelCredential = (prefix: string) => ({
  id: 'm',
  kind: 'openai_compatible',
  fields: { baseUrl: `http://127.0.0.1:${allowedPort}/${prefix}/v1`, apiKey: 'sk-secret' },
});

describe('redirects from an allowed host to a closed one', () => {
  it.each(['temporary', 'found', 'metadata'])('the model call is refused (%s)', async (prefix) => {
    const run = await runBlock('ai.text', { prompt: 'the secret prompt', model: 'tiny', credential: 'm' }, policy(), {
      credentials: [modelCredential(prefix)],
    });
    expect(run.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringMatching(/^Refused to connect to (127\.0\.0\.1|169\.254\.169\.254)/) });
    expect(seenByClosed).toEqual([]);
  });

  it("the credential's Test and model list are refused", async () => {
    await expect(listModels(modelCredential('temporary'), policy())).rejects.toMatchObject({ kind: 'forbidden_address' });
    await expect(listModels(modelCredential('metadata'), policy())).rejects.toMatchObject({ kind: 'forbidden_address' });
    expect(seenByClosed).toEqual([]);
  });

  it('embeddings, http.request and MCP are refused too', async () => {
    const embed = await runBlock('ai.embed', { texts: ['x'], credential: 'm' }, policy(), { credentials: [modelCredential('temporary')] });
    expect(embed.error?.kind).toBe('forbidden_address');
    const http = await runBlock('http.request', { url: `http://127.0.0.1:${allowedPort}/temporary/anything` }, policy());
    expect(http.error?.kind).toBe('forbidden_address');
    const mcp = await runBlock('mcp.list_tools', { credential: 'mcp' }, policy(), {
      credentials: [{ id: 'mcp', kind: 'mcp_http', fields: { url: `http://127.0.0.1:${allowedPort}/temporary/mcp`, token: 'secret' } }],
    });
    expect(mcp.status).toBe('FAILED');
    expect(seenByClosed).toEqual([]);
  });

  it('a redirect the policy allows is followed, without the key, which stays with its origin', async () => {
    const open = { ...policy(), allowedHosts: [`127.0.0.1:${allowedPort}`, `127.0.0.1:${closedPort}`] };
    expect(await listModels(modelCredential('temporary'), open)).toEqual(['elsewhere']);
    expect(seenByClosed).toEqual(['GET /v1/models ']);
    seenByClosed.length = 0;
  });
});
