import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';
import { textToBlocks } from './notion-api.ts';

const title = (text: string) => ({ type: 'title', title: [{ plain_text: text }] });

/** Notion's API as its reference describes it: /v1 paths, Notion-Version, cursors, errors as { object: 'error', status, code, message }. */
function fakeNotion(seen: { method: string; url: string; body: any; version: string | undefined }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url: req.url!, body, version: req.headers['notion-version'] as string | undefined });
    if (req.headers.authorization !== 'Bearer secret_good')
      return json(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' });
    if (req.url === '/v1/search')
      return json(200, {
        object: 'list',
        results: [{ object: 'page', id: 'p1', url: 'https://notion.so/p1', properties: { title: title('Roadmap') } }],
        has_more: false,
      });
    if (req.url === '/v1/pages/row1' && req.method === 'PATCH') {
      if (body.properties?.Status?.status?.name === 'Nope')
        return json(400, { object: 'error', status: 400, code: 'validation_error', message: 'Invalid status option. Status option "Nope" does not exist".' });
      return json(200, {
        object: 'page',
        id: 'row1',
        url: 'https://notion.so/row1',
        archived: body.archived ?? false,
        properties: { Name: title('Call Ada'), ...body.properties },
      });
    }
    if (req.url === '/v1/pages') return json(200, { object: 'page', id: 'p2', url: 'https://notion.so/p2' });
    if (req.url === '/v1/blocks/p1/children') return json(200, { object: 'list', results: [] });
    const rich = (text: string) => ({ rich_text: [{ type: 'text', plain_text: text }] });
    if (req.url === '/v1/blocks/p3/children?page_size=100') {
      return json(200, {
        object: 'list',
        results: [
          { type: 'heading_1', heading_1: rich('Plan') },
          { type: 'paragraph', paragraph: rich('Ship on Friday.') },
          { type: 'to_do', to_do: { ...rich('Write notes'), checked: true } },
        ],
        has_more: true,
        next_cursor: 'b2',
      });
    }
    if (req.url === '/v1/blocks/p3/children?page_size=100&start_cursor=b2') {
      return json(200, {
        object: 'list',
        results: [
          { type: 'divider', divider: {} },
          { type: 'code', code: { ...rich('npm test'), language: 'shell' } },
          { type: 'image', image: {} },
        ],
        has_more: false,
        next_cursor: null,
      });
    }
    if (req.url === '/v1/databases/db1/query') {
      const row = (n: number) => ({
        id: `r${n}`,
        url: `https://notion.so/r${n}`,
        properties: { Name: title(`Task ${n}`), Done: { type: 'checkbox', checkbox: n === 1 }, Status: { type: 'select', select: { name: 'Open' } } },
      });
      return body.start_cursor
        ? json(200, { results: [row(2)], has_more: false, next_cursor: null })
        : json(200, { results: [row(1)], has_more: true, next_cursor: 'c2' });
    }
    json(404, {
      object: 'error',
      status: 404,
      code: 'object_not_found',
      message: 'Could not find database with ID: nope. Make sure the relevant pages and databases are shared with your integration.',
    });
  });
}

describe('Notion blocks against a local server speaking Notion’s API', () => {
  const seen: { method: string; url: string; body: any; version: string | undefined }[] = [];
  const run = providerSuite(fakeNotion(seen), (baseUrl) => ({ id: 'n', kind: 'notion_token', fields: { token: 'secret_good', baseUrl } }));

  it('searches, creates a page with content, appends text and reads a database across pages', async () => {
    expect((await run('notion.search', { query: 'road', only: 'page' })).outputs.results).toEqual([
      [{ id: 'p1', type: 'page', title: 'Roadmap', url: 'https://notion.so/p1' }],
    ]);
    expect(seen.at(-1)).toMatchObject({ version: '2022-06-28', body: { query: 'road', page_size: 20, filter: { property: 'object', value: 'page' } } });
    expect((await run('notion.create_page', { parent_page_id: 'p1', title: 'Notes', content: '# Plan\n\n- seeds\n- water' })).outputs).toEqual({
      id: ['p2'],
      url: ['https://notion.so/p2'],
    });
    expect(seen.at(-1)!.body).toMatchObject({ parent: { page_id: 'p1' }, properties: { title: { title: [{ text: { content: 'Notes' } }] } } });
    expect(seen.at(-1)!.body.children.map((b: { type: string }) => b.type)).toEqual(['heading_1', 'bulleted_list_item', 'bulleted_list_item']);
    expect((await run('notion.append_text', { page_id: 'p1', text: 'One.\n\nTwo.' })).outputs).toEqual({ added: [2] });
    const rows = await run('notion.query_database', { database_id: 'db1', limit: 10 });
    expect(rows.outputs.rows).toEqual([
      [
        { id: 'r1', url: 'https://notion.so/r1', values: { Name: 'Task 1', Done: true, Status: 'Open' } },
        { id: 'r2', url: 'https://notion.so/r2', values: { Name: 'Task 2', Done: false, Status: 'Open' } },
      ],
    ]);
  });

  it('reads a page as Markdown across Notion’s pages of blocks', async () => {
    const read = await run('notion.read_page', { page_id: 'p3' });
    expect(read.outputs).toEqual({ markdown: ['# Plan\n\nShip on Friday.\n\n- [x] Write notes\n\n---\n\n```shell\nnpm test\n```'], blocks: [6] });
    expect(seen.at(-1)!.version).toBe('2022-06-28');
  });

  it('changes a row’s properties and archives a page, saying which value Notion refused', async () => {
    const done = await run('notion.update_page', { page_id: 'row1', properties: { Status: { status: { name: 'Done' } } } });
    expect(done.outputs).toMatchObject({ id: ['row1'], archived: [false], properties: [{ Status: { status: { name: 'Done' } } }] });
    expect(seen.at(-1)).toMatchObject({ method: 'PATCH', url: '/v1/pages/row1', body: { properties: { Status: { status: { name: 'Done' } } } } });
    expect((await run('notion.update_page', { page_id: 'row1', archived: true })).outputs.archived).toEqual([true]);
    expect(seen.at(-1)!.body).toEqual({ archived: true });
    expect((await run('notion.update_page', { page_id: 'row1', properties: { Status: { status: { name: 'Nope' } } } })).error?.message).toContain(
      'Status option "Nope" does not exist',
    );
    expect((await run('notion.update_page', { page_id: 'row1' })).error?.message).toBe('Give something to change: properties, or archived.');
  });

  it('says what Notion refused, and what to check', async () => {
    const missing = await run('notion.query_database', { database_id: 'nope' });
    expect(missing.error).toMatchObject({ kind: 'not_found', message: expect.stringContaining('shared with your integration') });
    const refused = await run('notion.search', {}, { token: 'secret_bad' });
    expect(refused.error?.message).toContain('Notion refused the request (401: API token is invalid.)');
    expect((await run('notion.create_page', { title: 'x' })).error?.message).toMatch(/either parent_page_id or database_id/);
    expect(textToBlocks('## A\n1. one')).toMatchObject([{ type: 'heading_2' }, { type: 'numbered_list_item' }]);
  });
});
