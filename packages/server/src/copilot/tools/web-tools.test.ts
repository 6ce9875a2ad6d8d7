import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsVault } from '../../vault/credentials-vault.ts';
import type { ToolContext } from './copilot-tool.ts';
import { callTool, memberContext } from './tool-testing.ts';
import { readWebPage, searchWeb } from './web-tools.ts';

const ARTICLE = 'Compost turns kitchen scraps into soil. Mix greens and browns, keep it moist, and turn it weekly.';

describe('the copilot searches the web and reads pages through the blocks, the credentials and the outbound policy of runs', () => {
  let database: TestDatabase;
  let store: Store;
  let site: Server;
  let base: string;
  let ctx: ToolContext;
  let other: ToolContext;
  const searches: unknown[] = [];

  beforeAll(async () => {
    site = createServer((req, res) => {
      if (req.url === '/compost') {
        const body = `<html><head><title>Compost guide</title></head><body><nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav><article><h1>Compost at home</h1><p>${ARTICLE}</p><p>${'Leaves are welcome. '.repeat(60)}</p></article></body></html>`;
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(body);
      }
      if (req.url === '/tavily/search' && req.headers.authorization === 'Bearer tvly-good') {
        let raw = '';
        req.on('data', (chunk) => (raw += chunk));
        return void req.on('end', () => {
          searches.push(JSON.parse(raw));
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ results: [{ title: 'Compost guide', url: `${base}/compost`, content: 'How to compost at home', score: 0.9 }] }));
        });
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    database = await createTestDatabase('sqlite');
    store = await Store.open(database.options);
    const vault = new CredentialsVault(store, randomBytes(32));
    // Only this site is open among private addresses, as an operator's BLOCKSMITH_ALLOW_HOSTS would open it.
    const engine = new Engine({ registry: new BlockRegistry(standardBlocks), credentials: vault, settings: { allowedHosts: [new URL(base).host] } });
    const extra = { trigger: { kind: 'copilot', sessionId: 's' } } as const;
    ctx = await memberContext(store, { engine, vault }, 'reader@x.test', extra);
    other = await memberContext(store, { engine, vault }, 'other@x.test', extra);
    await vault.add(ctx.owner, 'Tavily', 'tavily_key', { apiKey: 'tvly-good', baseUrl: `${base}/tavily` });
  });

  afterAll(async () => {
    await new Promise((resolve) => site?.close(resolve));
    await store?.close();
    await database?.drop();
  });

  const call = (tool: typeof searchWeb, args: unknown, as = ctx) => callTool(tool, args, as);

  it('reads a page as markdown without its navigation, cut at max_chars', async () => {
    const page = (await call(readWebPage, { url: `${base}/compost` })) as { markdown: string; title: string; url: string };
    expect(page).toMatchObject({ url: `${base}/compost`, title: 'Compost guide' });
    expect(page.markdown).toContain(ARTICLE);
    expect(page.markdown).not.toContain('Shop');
    expect(page).not.toHaveProperty('truncated');
    const cut = (await call(readWebPage, { url: `${base}/compost`, max_chars: 500 })) as { markdown: string; truncated: boolean; chars: number };
    expect(cut.markdown).toHaveLength(500);
    expect(cut).toMatchObject({ truncated: true, chars: page.markdown.length });
  });

  it('keeps to the outbound policy and says what went wrong', async () => {
    expect(await call(readWebPage, { url: 'http://10.255.255.1/admin' })).toEqual({ error: expect.stringContaining('Refused to connect to 10.255.255.1') });
    expect(await call(readWebPage, { url: `${base}/gone` })).toEqual({ error: expect.stringContaining('404') });
    expect(await call(readWebPage, { url: 'file:///etc/passwd' })).toEqual({ error: expect.stringContaining('url') });
  });

  it("searches with the workspace's search credential, and names what to add when there is none", async () => {
    expect(await call(searchWeb, { query: 'compost at home', limit: 3 })).toEqual({
      provider: 'Tavily',
      results: [{ title: 'Compost guide', url: `${base}/compost`, snippet: 'How to compost at home' }],
    });
    expect(searches).toEqual([{ query: 'compost at home', max_results: 3 }]);
    expect(await call(searchWeb, { query: 'compost' }, other)).toEqual({
      error: expect.stringContaining('needs a credential of kind'),
    });
  });
});
