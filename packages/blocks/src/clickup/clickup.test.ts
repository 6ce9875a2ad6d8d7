import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** ClickUp's API v2 as documented: the token as the Authorization value, {err, ECODE} errors. */
function fakeClickup(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url: req.url!, body });
    if (req.headers.authorization !== 'pk_good') return json(401, { err: 'Token invalid', ECODE: 'OAUTH_025' });
    const url = new URL(req.url!, 'http://x');
    const task = (id: string, status: string) => ({
      id,
      name: `Task ${id}`,
      url: `https://app.clickup.com/t/${id}`,
      status: { status },
      due_date: '1797008400000',
      assignees: [{ username: 'ada' }],
    });
    if (req.url === '/api/v2/list/900/task' && req.method === 'POST')
      return json(200, { id: '86a1', url: 'https://app.clickup.com/t/86a1', status: { status: 'to do' } });
    if (url.pathname === '/api/v2/list/900/task') {
      const page = Number(url.searchParams.get('page'));
      return json(200, { tasks: page === 0 ? [task('a1', 'to do'), task('a2', 'to do')] : [task('a3', 'review')], last_page: page > 0 });
    }
    if (url.pathname === '/api/v2/task/a1' && req.method === 'PUT') return json(200, { ...task('a1', body.status ?? 'to do'), name: body.name ?? 'Task a1' });
    if (url.pathname === '/api/v2/task/gone') return json(404, { err: 'Task not found, deleted', ECODE: 'ITEM_013' });
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

  it('lists a list’s tasks across pages with status filters, and updates a task', async () => {
    const listed = await run('clickup.list_tasks', { list_id: '900', statuses: ['to do', 'review'], include_closed: true });
    expect(listed.outputs.tasks![0]).toEqual(
      ['a1', 'a2', 'a3'].map((id) => expect.objectContaining({ id, due: '2026-12-11T17:00:00.000Z', assignees: ['ada'] })),
    );
    expect(seen.at(-2)!.url).toBe('/api/v2/list/900/task?page=0&include_closed=true&statuses%5B%5D=to+do&statuses%5B%5D=review');
    expect((await run('clickup.list_tasks', { list_id: '900', limit: 1 })).outputs.tasks![0]).toHaveLength(1);
    const updated = await run('clickup.update_task', { task_id: 'a1', status: 'complete' });
    expect(updated.outputs.task).toEqual([expect.objectContaining({ id: 'a1', status: 'complete' })]);
    expect(seen.at(-1)!.body).toEqual({ status: 'complete' });
    expect((await run('clickup.update_task', { task_id: 'a1' })).error?.message).toBe(
      'Give something to change: a status, name, priority, due date or description.',
    );
    expect((await run('clickup.update_task', { task_id: 'gone', status: 'x' })).error?.message).toContain('Task not found, deleted');
  });

  it('says what ClickUp refused', async () => {
    expect((await run('clickup.create_task', { list_id: '1', name: 'x' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Team not authorized'),
    });
    expect((await run('clickup.create_task', { list_id: '900', name: 'x' }, { token: 'pk_bad' })).error?.message).toContain('Token invalid');
  });
});
