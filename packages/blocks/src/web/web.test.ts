import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listenLocally, runBlock } from '../test-support.ts';

const ARTICLE =
  '<html lang="de"><head><title>Kompost</title><meta name="author" content="Ada"></head><body><header><a href="/">Start</a></header><main><article><h1>Kompost</h1><p>Aus Küchenresten wird in zwei Monaten gute Erde, wenn man den Haufen feucht hält und jede Woche umsetzt.</p><p>Mehr dazu im <a href="/more">nächsten Teil</a>.</p></article></main></body></html>';

describe('web blocks against a local site', () => {
  let site: Server;
  let base: string;

  beforeAll(async () => {
    site = createServer((req, res) => {
      if (req.url === '/moved') return res.writeHead(301, { location: '/article' }).end();
      if (req.url === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      if (req.url === '/data.json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
      res.writeHead(404).end('gone');
    });
    const port = await listenLocally(site);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await closeServer(site);
  });

  it('reads a fetched page as markdown, following redirects, and says where it was read from', async () => {
    const run = await runBlock('web.read_page', { url: `${base}/moved` }, { allowPrivateNetwork: true });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.markdown![0]).toContain('Aus Küchenresten wird in zwei Monaten gute Erde');
    expect(run.outputs.markdown![0]).toContain('[nächsten Teil](/more)');
    expect(run.outputs.title).toEqual(['Kompost']);
    expect(run.outputs.url).toEqual([`${base}/article`]);
  });

  it('names an answer that is not an HTML page instead of failing inside the parser', async () => {
    for (const block of ['web.read_page', 'web.extract_links']) {
      const fetched = await runBlock(block, { url: `${base}/data.json` }, { allowPrivateNetwork: true });
      expect(fetched.error).toEqual({
        kind: 'not_html',
        message: `${base}/data.json answered application/json, not an HTML page: read it with http.request instead.`,
      });
      const given = await runBlock(block, { html: '{"a":1}' });
      expect(given.error).toEqual({ kind: 'not_html', message: 'The html input is not HTML: it has no elements to read.' });
    }
  });

  it('resolves the links of a fetched page against where it came from', async () => {
    const run = await runBlock('web.extract_links', { url: `${base}/article` }, { allowPrivateNetwork: true });
    expect(run.outputs.links).toEqual([
      [
        { url: `${base}/`, text: 'Start' },
        { url: `${base}/more`, text: 'nächsten Teil' },
      ],
    ]);
    expect(run.outputs.metadata![0]).toMatchObject({ title: 'Kompost', language: 'de' });
  });

  it('selects from a fetched page, its links made absolute', async () => {
    const links = await runBlock(
      'web.select',
      { url: `${base}/moved`, selector: 'article a', take: 'attribute', attribute: 'href' },
      { allowPrivateNetwork: true },
    );
    expect(links.outputs).toEqual({ values: [[`${base}/more`]], count: [1] });
    const heading = await runBlock('web.select', { url: `${base}/article`, selector: 'h1', take: 'html' }, { allowPrivateNetwork: true });
    expect(heading.outputs.values).toEqual([['<h1>Kompost</h1>']]);
  });

  it('names the status of a page that is not there', async () => {
    const run = await runBlock('web.read_page', { url: `${base}/nope` }, { allowPrivateNetwork: true });
    expect(run.status).toBe('FAILED');
    expect(run.error?.message).toBe(`The page answered 404: check the address (${base}/nope).`);
  });
});
