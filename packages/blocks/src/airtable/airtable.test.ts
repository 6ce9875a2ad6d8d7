import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Airtable's REST API as its reference describes it: /v0/{base}/{table}, pages of 100 with `offset`, errors as { error: { type, message } }. */
function fakeAirtable(seen: { method: string; url: string; body: unknown }[]): Server {
  const rows = Array.from({ length: 150 }, (_, i) => ({ id: `rec${i}`, createdTime: '2026-12-01T00:00:00.000Z', fields: { Name: `Task ${i}` } }));
  return fakeApiServer((req, res, raw, json) => {
    seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== 'Bearer pat_good') return json(401, { error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/v0/appBase/Tasks' && req.method === 'GET') {
      const start = Number(url.searchParams.get('offset') ?? 0);
      const size = Number(url.searchParams.get('pageSize') ?? 100);
      const page = rows.slice(start, start + size);
      return json(200, { records: page, ...(start + size < rows.length ? { offset: String(start + size) } : {}) });
    }
    if (url.pathname === '/v0/appBase/Tasks' && req.method === 'POST')
      return json(200, { id: 'recNew', createdTime: '2026-12-03T00:00:00.000Z', fields: JSON.parse(raw).fields });
    if (url.pathname === '/v0/appBase/Tasks/rec1' && req.method === 'PATCH')
      return json(200, { id: 'rec1', createdTime: '2026-12-01T00:00:00.000Z', fields: { Name: 'Task 1', ...JSON.parse(raw).fields } });
    if (url.pathname === '/v0/appBase/Tasks/rec2' && req.method === 'GET') return json(200, rows[2]);
    if (url.pathname === '/v0/appBase/Tasks/rec2' && req.method === 'DELETE') return json(200, { deleted: true, id: 'rec2' });
    json(404, { error: 'NOT_FOUND' });
  });
}

describe('Airtable blocks against a local server speaking Airtable’s API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeAirtable(seen), (baseUrl) => ({ id: 'at', kind: 'airtable_token', fields: { token: 'pat_good', baseUrl } }));

  it('lists records across pages up to the limit, with the filter', async () => {
    const listed = await run('airtable.list_records', { base_id: 'appBase', table: 'Tasks', filter: '{Done} = 0', limit: 120 });
    expect(listed.outputs.records![0]).toHaveLength(120);
    expect((listed.outputs.records![0] as { id: string }[])[119]!.id).toBe('rec119');
    expect(seen.filter((s) => s.method === 'GET').map((s) => new URL(s.url, 'http://x').searchParams.get('pageSize'))).toEqual(['100', '20']);
    expect(new URL(seen[0]!.url, 'http://x').searchParams.get('filterByFormula')).toBe('{Done} = 0');
  });

  it('creates and updates records', async () => {
    expect((await run('airtable.create_record', { base_id: 'appBase', table: 'Tasks', fields: { Name: 'Water plants' } })).outputs.record).toEqual([
      { id: 'recNew', fields: { Name: 'Water plants' }, created: '2026-12-03T00:00:00.000Z' },
    ]);
    expect(seen.at(-1)!.body).toEqual({ fields: { Name: 'Water plants' }, typecast: true });
    expect(
      (await run('airtable.update_record', { base_id: 'appBase', table: 'Tasks', record_id: 'rec1', fields: { Done: true } })).outputs.record![0],
    ).toMatchObject({ fields: { Name: 'Task 1', Done: true } });
  });

  it('reads and deletes a record by id', async () => {
    expect((await run('airtable.get_record', { base_id: 'appBase', table: 'Tasks', record_id: 'rec2' })).outputs.record).toEqual([
      { id: 'rec2', fields: { Name: 'Task 2' }, created: '2026-12-01T00:00:00.000Z' },
    ]);
    expect((await run('airtable.delete_record', { base_id: 'appBase', table: 'Tasks', record_id: 'rec2' })).outputs).toEqual({
      deleted: [true],
      record_id: ['rec2'],
    });
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/v0/appBase/Tasks/rec2' });
    expect((await run('airtable.get_record', { base_id: 'appBase', table: 'Tasks', record_id: 'rec404' })).error?.message).toContain('NOT_FOUND');
  });

  it('says what Airtable refused', async () => {
    const refused = await run('airtable.list_records', { base_id: 'appBase', table: 'Tasks' }, { token: 'pat_bad' });
    expect(refused.error?.message).toBe('Airtable refused the request (401: Authentication required): check the Airtable token and what it may access.');
    expect((await run('airtable.list_records', { base_id: 'appBase', table: 'Nope' })).error?.kind).toBe('not_found');
  });
});
