import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const task = {
  gid: '1201',
  name: 'Review',
  notes: '',
  completed: false,
  due_on: null,
  assignee: { gid: '9', name: 'Ada' },
  permalink_url: 'https://app.asana.com/0/1/1201',
};

/** Asana's API 1.0 as documented: Bearer token, bodies and answers wrapped in `data`, {errors: [{message}]} errors. */
function fakeAsana(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url: req.url!, body });
    if (req.headers.authorization !== 'Bearer as-good') return json(401, { errors: [{ message: 'Not Authorized' }] });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/api/1.0/tasks' && req.method === 'POST') {
      if (body.data.projects[0] === 'nope') return json(400, { errors: [{ message: 'projects: [0]: Not a recognized ID: nope' }] });
      return json(201, { data: { ...task, gid: '1202', name: body.data.name, due_on: body.data.due_on ?? null } });
    }
    if (url.pathname === '/api/1.0/tasks') return json(200, { data: [task], next_page: null });
    if (url.pathname === '/api/1.0/tasks/1201/stories' && req.method === 'POST')
      return json(201, { data: { gid: '5501', resource_type: 'story', type: 'comment', text: body.data.text, created_at: '2026-12-07T10:00:00.000Z' } });
    if (url.pathname === '/api/1.0/tasks/1201' && req.method === 'PUT') return json(200, { data: { ...task, completed: body.data.completed } });
    json(404, { errors: [{ message: 'task: Unknown object: 404' }] });
  });
}

describe('Asana blocks against a local server speaking its API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeAsana(seen), (baseUrl) => ({ id: 'as', kind: 'asana_token', fields: { token: 'as-good', baseUrl } }));

  it('creates a task in a project, lists the open ones and completes one', async () => {
    const made = await run('asana.create_task', { project_id: '77', name: 'Ship', due_on: '2026-12-11' });
    expect(made.outputs.task).toEqual([
      { id: '1202', name: 'Ship', notes: '', completed: false, due_on: '2026-12-11', assignee: 'Ada', url: 'https://app.asana.com/0/1/1201' },
    ]);
    expect(seen.at(-1)!.body).toEqual({ data: { name: 'Ship', projects: ['77'], due_on: '2026-12-11' } });
    await run('asana.list_tasks', { project_id: '77' });
    expect(new URL(seen.at(-1)!.url, 'http://x').searchParams.get('completed_since')).toBe('now');
    expect((await run('asana.complete_task', { task_id: '1201' })).outputs.task![0]).toMatchObject({ completed: true });
    expect((await run('asana.comment_task', { task_id: '1201', text: 'Shipped in 2.4' })).outputs).toEqual({
      comment_id: ['5501'],
      created_at: ['2026-12-07T10:00:00.000Z'],
    });
    expect(seen.at(-1)!.body).toEqual({ data: { text: 'Shipped in 2.4' } });
    expect((await run('asana.comment_task', { task_id: '404', text: 'x' })).error?.message).toContain('task: Unknown object: 404');
  });

  it('says what Asana refused', async () => {
    expect((await run('asana.create_task', { project_id: 'nope', name: 'x' })).error?.message).toBe(
      'Asana answered 400: projects: [0]: Not a recognized ID: nope',
    );
    expect((await run('asana.complete_task', { task_id: '404' })).error?.kind).toBe('not_found');
    expect((await run('asana.list_tasks', { project_id: '77' }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
