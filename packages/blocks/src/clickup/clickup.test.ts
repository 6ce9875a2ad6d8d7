import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** ClickUp's API v2 as documented: the token as the Authorization value, {err, ECODE} errors. */
function fakeClickup(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push({ url: req.url!, body });
    if (req.headers.authorization !== 'pk_good') return json(401, { err: 'Token invalid', ECODE: 'OAUTH_025' });
    if (req.url === '/api/v2/list/900/task') return json(200, { id: '86a1', url: 'https://app.clickup.com/t/86a1', status: { status: 'to do' } });
    json(401, { err: 'Team not authorized', ECODE: 'OAUTH_027' });
  });
}

describe('ClickUp against a local server speaking its API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeClickup(seen), (baseUrl) => ({ id: 'cu', kind: 'clickup_token', fields: { token: 'pk_good', baseUrl } }));

  it('creates a task with a due time in milliseconds', async () => {
    const made = await run('clickup.create_task', { list_id: '900', name: 'Fix login', priority: 2, due: '2026-12-11T17:00:00Z', tags: ['bug'] });
    expect(made.outputs).toEqual({ id: ['86a1'], url: ['https://app.clickup.com/t/86a1'], status: ['to do'] });
    expect(seen.at(-1)!.body).toEqual({ name: 'Fix login', priority: 2, due_date: 1797008400000, due_date_time: true, tags: ['bug'] });
  });

  it('says what ClickUp refused', async () => {
    expect((await run('clickup.create_task', { list_id: '1', name: 'x' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Team not authorized'),
    });
    expect((await run('clickup.create_task', { list_id: '900', name: 'x' }, { token: 'pk_bad' })).error?.message).toContain('Token invalid');
  });
});
