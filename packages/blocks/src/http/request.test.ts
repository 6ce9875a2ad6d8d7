import { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeApiServer, runBlock } from '../test-support.ts';

let server: Server;
let base: string;
const seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = fakeApiServer((req, res, body) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"n":[1,2]}');
    if (path === '/text') return res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    if (path === '/echo')
      return res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] }));
    if (path === '/see-other') return res.writeHead(303, { location: '/echo' }).end();
    if (path === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (path === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    const port = new URL(`http://${req.headers.host}`).port;
    if (path === '/to-localhost') return res.writeHead(302, { location: `http://localhost:${port}/json` }).end();
    if (path === '/to-private') return res.writeHead(307, { location: `http://[::ffff:7f00:1]:${port}/json` }).end();
    if (path === '/big') return res.end('x'.repeat(5000));
    // Never answers: a timeout is the only way a request to it can end, however loaded the machine is.
    if (path === '/hang') return;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const allowed = { allowPrivateNetwork: true };

describe('http.request', () => {
  it('GETs JSON with query and headers, and parses the body', async () => {
    const run = await runBlock('http.request', { url: `${base}/json`, query: { q: 'a b', n: 2 }, headers: { 'x-token': 't1' } }, allowed);
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.status).toEqual([200]);
    expect(run.outputs.json).toEqual([{ ok: true, n: [1, 2] }]);
    expect(seen.at(-1)).toMatchObject({ url: '/json?q=a+b&n=2', headers: { 'x-token': 't1' } });
  });

  it('sends no credential unless one is chosen, even when the user has exactly one', async () => {
    const token = { id: 'tok', kind: 'http_bearer', fields: { token: 'secret-token' } };
    await runBlock('http.request', { url: `${base}/json` }, allowed, { credentials: [token] });
    expect(seen.at(-1)!.headers.authorization).toBeUndefined();
    await runBlock('http.request', { url: `${base}/json`, credential: 'tok' }, allowed, { credentials: [token] });
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer secret-token');
  });

  it('returns non-2xx statuses as outputs, not failures', async () => {
    const run = await runBlock('http.request', { url: `${base}/text` }, allowed);
    expect(run.outputs).toMatchObject({ status: [404], body: ['not here'] });
    expect(run.outputs.json).toBeUndefined();
  });

  it('POSTs a JSON body with its content type', async () => {
    const run = await runBlock('http.request', { method: 'POST', url: `${base}/echo`, json: { a: 1 } }, allowed);
    expect(run.outputs.json).toEqual([{ method: 'POST', body: '{"a":1}', type: 'application/json' }]);
  });

  it('follows a 303 redirect as a GET', async () => {
    const run = await runBlock('http.request', { method: 'POST', url: `${base}/see-other`, body: 'x' }, allowed);
    expect(run.outputs.json).toEqual([{ method: 'GET', body: '', type: undefined }]);
  });

  it('stops redirect loops and refuses redirects to other schemes', async () => {
    expect((await runBlock('http.request', { url: `${base}/loop` }, allowed)).error?.message).toContain('Too many redirects');
    expect((await runBlock('http.request', { url: `${base}/to-file` }, allowed)).error?.message).toContain('Refused to follow a redirect to file:');
  });

  it('bounds the response size and the time', async () => {
    expect((await runBlock('http.request', { url: `${base}/big`, max_response_bytes: 100 }, allowed)).error?.message).toContain('larger than 100 bytes');
    const hung = await runBlock('http.request', { url: `${base}/hang`, timeout_ms: 50 }, allowed);
    expect(hung.error).toMatchObject({ kind: 'timeout', message: expect.stringContaining('raise timeout_ms') });
  });

  it('times out even when garbage collection runs while it waits', async () => {
    // AbortSignal.any holds its sources weakly: a timeout signal only it referenced was collected and never fired.
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const pending = runBlock('http.request', { url: `${base}/hang`, timeout_ms: 50 }, allowed);
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await pending).error).toMatchObject({ kind: 'timeout' });
  });

  it('refuses loopback by literal address and by a name that resolves to it', async () => {
    const requestsBefore = seen.length;
    const literal = await runBlock('http.request', { url: `${base}/json` });
    expect(literal.error).toMatchObject({ kind: 'forbidden_address' });
    const port = new URL(base).port;
    const named = await runBlock('http.request', { url: `http://localhost:${port}/json` });
    expect(named.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringContaining('Refused to connect to localhost') });
    expect(seen).toHaveLength(requestsBefore);
  });

  it('reaches a private host the operator allows, and judges every redirect hop again', async () => {
    const host = new URL(base).host;
    const onlyThisHost = { allowPrivateNetwork: false, allowedHosts: [host] };
    expect((await runBlock('http.request', { url: `${base}/json` }, onlyThisHost)).outputs.json).toEqual([{ ok: true, n: [1, 2] }]);
    const requestsBefore = seen.length;
    const byName = await runBlock('http.request', { url: `${base}/to-localhost` }, onlyThisHost);
    expect(byName.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringContaining('Refused to connect to localhost') });
    const byAddress = await runBlock('http.request', { url: `${base}/to-private` }, onlyThisHost);
    expect(byAddress.error).toMatchObject({ kind: 'forbidden_address', message: expect.stringContaining('BLOCKSMITH_ALLOW_HOSTS') });
    // Only the first hops arrived; the redirected requests never left.
    expect(seen.slice(requestsBefore).map((s) => s.url)).toEqual(['/to-localhost', '/to-private']);
  });

  it('names invalid URLs and conflicting bodies', async () => {
    await expect(runBlock('http.request', { url: 'ftp://example.test/' }, allowed)).rejects.toThrow(/Node "n" input "url"/);
    expect((await runBlock('http.request', { url: `${base}/echo`, body: 'a', json: {} }, allowed)).error?.message).toContain('either body or json');
  });
});
