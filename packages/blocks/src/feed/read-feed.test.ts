import { InMemoryNodeState } from '@blocksmith/engine';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listenLocally, runBlock } from '../test-support.ts';
import { parseFeed } from './parse-feed.ts';

const rss = (titles: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Garden news</title>${titles
    .map(
      (t, i) =>
        `<item><title>${t}</title><link>https://ex.test/${i}</link><guid>id-${t}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>About ${t}</description></item>`,
    )
    .join('')}</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><entry><title>First</title><link rel="alternate" href="https://ex.test/first"/><id>urn:1</id><updated>2026-12-01T10:00:00Z</updated><summary>One</summary></entry></feed>`;

describe('feed.read', () => {
  let server: Server;
  let base: string;
  let titles = ['Compost', 'Worms'];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/rss') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(titles));
      if (req.url === '/atom') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>a site, not a feed</body></html>');
    });
    const port = await listenLocally(server);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await closeServer(server);
  });

  it('puts out only the items this node has not seen in earlier runs', async () => {
    const nodeState = new InMemoryNodeState();
    const read = () => runBlock('feed.read', { url: `${base}/rss` }, { allowPrivateNetwork: true }, { nodeState });
    const first = await read();
    expect(first.outputs.title).toEqual(['Garden news']);
    expect((first.outputs.items![0] as { title: string }[]).map((i) => i.title)).toEqual(['Compost', 'Worms']);
    expect(first.outputs.item).toHaveLength(2);
    expect((await read()).outputs.items).toEqual([[]]);
    titles = ['Seeds', 'Compost', 'Worms'];
    const third = await read();
    expect(third.outputs.items).toEqual([
      [{ id: 'id-Seeds', title: 'Seeds', link: 'https://ex.test/0', published: 'Tue, 01 Dec 2026 10:00:00 GMT', summary: 'About Seeds' }],
    ]);
    // With only_new off, everything, whatever was seen.
    const all = await runBlock('feed.read', { url: `${base}/rss`, only_new: false }, { allowPrivateNetwork: true }, { nodeState });
    expect(all.outputs.items![0]).toHaveLength(3);
  });

  it('reads Atom too, and says when the address is a page rather than a feed', async () => {
    expect(parseFeed(ATOM)).toEqual({
      title: 'Notes',
      items: [{ id: 'urn:1', title: 'First', link: 'https://ex.test/first', published: '2026-12-01T10:00:00Z', summary: 'One' }],
    });
    const page = await runBlock('feed.read', { url: `${base}/site` }, { allowPrivateNetwork: true });
    expect(page.error).toMatchObject({ kind: 'invalid_feed', message: expect.stringContaining("check it is the feed's address") });
  });
});
