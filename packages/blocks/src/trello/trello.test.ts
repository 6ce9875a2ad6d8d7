import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const card = { id: 'c1', name: 'Call Ada', desc: '', due: null, url: 'https://trello.com/c/c1', idList: 'todo' };

/** Trello's REST API v1 as documented: OAuth header with key and token, parameters in the query, plain-text errors. */
function fakeTrello(seen: { method: string; url: string }[]): Server {
  return fakeApiServer((req, res, _raw, json) => {
    seen.push({ method: req.method!, url: req.url! });
    if (req.headers.authorization !== 'OAuth oauth_consumer_key="tk", oauth_token="tt-good"')
      return res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid token');
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/1/cards' && req.method === 'POST')
      return json(200, {
        ...card,
        id: 'c2',
        name: url.searchParams.get('name'),
        desc: url.searchParams.get('desc') ?? '',
        idList: url.searchParams.get('idList'),
      });
    if (url.pathname === '/1/lists/todo/cards' || url.pathname === '/1/boards/b1/cards/open') return json(200, [card]);
    if (url.pathname === '/1/cards/c1/actions/comments' && req.method === 'POST')
      return json(200, { id: 'a1', type: 'commentCard', date: '2026-12-07T10:00:00.000Z', data: { text: url.searchParams.get('text') } });
    if (url.pathname === '/1/cards/c1' && req.method === 'PUT') return json(200, { ...card, idList: url.searchParams.get('idList') ?? card.idList });
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The requested resource was not found.');
  });
}

describe('Trello blocks against a local server speaking its REST API', () => {
  const seen: { method: string; url: string }[] = [];
  const run = providerSuite(fakeTrello(seen), (baseUrl) => ({ id: 'tr', kind: 'trello', fields: { apiKey: 'tk', token: 'tt-good', baseUrl } }));

  it('creates, lists and moves cards', async () => {
    const made = await run('trello.create_card', { list_id: 'todo', name: 'Ship it', description: 'Friday' });
    expect(made.outputs.card).toEqual([{ id: 'c2', name: 'Ship it', description: 'Friday', due: '', url: 'https://trello.com/c/c1', list_id: 'todo' }]);
    expect(seen.at(-1)!.url).toBe('/1/cards?idList=todo&name=Ship+it&desc=Friday&pos=bottom');
    expect((await run('trello.list_cards', { board_id: 'b1' })).outputs.cards![0]).toHaveLength(1);
    expect((await run('trello.move_card', { card_id: 'c1', list_id: 'done' })).outputs.card![0]).toMatchObject({ list_id: 'done' });
    expect((await run('trello.comment_card', { card_id: 'c1', text: 'Called: she will come & bring tea' })).outputs).toEqual({
      comment_id: ['a1'],
      date: ['2026-12-07T10:00:00.000Z'],
    });
    expect(seen.at(-1)!.url).toBe('/1/cards/c1/actions/comments?text=Called%3A+she+will+come+%26+bring+tea');
  });

  it('says what Trello refused, and what is missing', async () => {
    expect((await run('trello.list_cards', { list_id: 'todo' }, { token: 'bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('invalid token'),
    });
    expect((await run('trello.move_card', { card_id: 'nope', list_id: 'done' })).error?.message).toContain('Trello found nothing there (404');
    expect((await run('trello.list_cards', {})).error?.message).toBe('Give a list_id or a board_id.');
    expect((await run('trello.move_card', { card_id: 'c1' })).error?.message).toBe('Give the list_id to move it to, or archive: true.');
  });

  it('keeps an id that came from data to the one card it names', async () => {
    // An id a model or a webhook gave, written to reach another endpoint with the person's token.
    expect((await run('trello.move_card', { card_id: '../members/me?fields=all', list_id: 'done' })).error?.message).toContain('Trello found nothing there');
    expect(seen.at(-1)!.url.split('?')[0]).toBe('/1/cards/..%2Fmembers%2Fme%3Ffields%3Dall');
    const before = seen.length;
    expect((await run('trello.move_card', { card_id: '..', list_id: 'done' })).error).toMatchObject({
      kind: 'invalid_input',
      message: expect.stringContaining('The id ".." cannot name anything'),
    });
    expect(seen).toHaveLength(before);
  });
});
