import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Intercom's REST API as documented: Bearer token, Intercom-Version header, {type: "error.list", errors: [{code, message}]} errors. */
function fakeIntercom(seen: { url: string; body: unknown; version: unknown }[]): Server {
  let parts = 3;
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push({ url: req.url!, body, version: req.headers['intercom-version'] });
    if (req.headers.authorization !== 'Bearer ic-good')
      return json(401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
    if (req.url === '/conversations/123/reply')
      return json(200, { type: 'conversation', id: '123', state: 'open', conversation_parts: { total_count: ++parts } });
    if (req.url === '/conversations/123/parts')
      return json(200, { type: 'conversation', id: '123', state: 'closed', conversation_parts: { total_count: ++parts } });
    json(404, { type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
  });
}

describe('Intercom against a local server speaking its API', () => {
  const seen: { url: string; body: unknown; version: unknown }[] = [];
  const run = providerSuite(fakeIntercom(seen), (baseUrl) => ({ id: 'ic', kind: 'intercom_token', fields: { token: 'ic-good', baseUrl } }));

  it('replies as a teammate and closes the conversation', async () => {
    expect((await run('intercom.reply_conversation', { conversation_id: '123', admin_id: '991', body: 'Fixed!', close: true })).outputs).toEqual({
      state: ['closed'],
      parts: [5],
    });
    expect(seen.slice(-2).map((s) => s.body)).toEqual([
      { message_type: 'comment', type: 'admin', admin_id: '991', body: 'Fixed!' },
      { message_type: 'close', type: 'admin', admin_id: '991' },
    ]);
    expect(seen.at(-1)!.version).toBe('2.11');
  });

  it('says what Intercom refused', async () => {
    expect((await run('intercom.reply_conversation', { conversation_id: '9', admin_id: '991', body: 'x' })).error?.message).toContain(
      'Intercom found nothing there (404: Resource Not Found)',
    );
    expect((await run('intercom.reply_conversation', { conversation_id: '123', admin_id: '991', body: 'x' }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
