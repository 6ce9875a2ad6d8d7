import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const task = {
  id: '2995104339',
  content: 'Buy milk',
  description: '',
  due: { date: '2026-12-04', string: 'tomorrow' },
  priority: 1,
  url: 'https://app.todoist.com/showTask?id=2995104339',
  is_completed: false,
};

/** Todoist's REST API v2 as documented: Bearer token, /rest/v2/tasks, 204 on close, plain-text errors. */
function fakeTodoist(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== 'Bearer td-good') return res.writeHead(401, { 'content-type': 'text/plain' }).end('Forbidden');
    if (req.url?.startsWith('/rest/v2/tasks?') || req.url === '/rest/v2/tasks') {
      if (req.method === 'GET') return json(200, [task]);
      return json(200, { ...task, id: '3', content: JSON.parse(raw).content });
    }
    if (req.url === '/rest/v2/tasks/2995104339/close') return res.writeHead(204).end();
    if (req.url === '/rest/v2/tasks/2995104339' && req.method === 'DELETE') return res.writeHead(204).end();
    if (req.url === '/rest/v2/tasks/2995104339' && req.method === 'POST')
      return json(200, { ...task, ...JSON.parse(raw), due: { date: '2026-12-07', string: 'next monday' } });
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Task not found');
  });
}

describe('Todoist blocks against a local server speaking its REST API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeTodoist(seen), (baseUrl) => ({ id: 'td', kind: 'todoist_token', fields: { token: 'td-good', baseUrl } }));

  it('lists with a filter, creates with a due date in words, and completes tasks', async () => {
    expect((await run('todoist.list_tasks', { filter: 'today | overdue' })).outputs.tasks).toEqual([
      [
        {
          id: '2995104339',
          content: 'Buy milk',
          description: '',
          due: '2026-12-04',
          priority: 1,
          url: 'https://app.todoist.com/showTask?id=2995104339',
          done: false,
        },
      ],
    ]);
    expect(seen.at(-1)!.url).toBe('/rest/v2/tasks?filter=today+%7C+overdue');
    expect((await run('todoist.create_task', { content: 'Water plants', due: 'every friday', priority: 4 })).outputs.task![0]).toMatchObject({
      id: '3',
      content: 'Water plants',
    });
    expect(seen.at(-1)!.body).toEqual({ content: 'Water plants', due_string: 'every friday', priority: 4 });
    expect((await run('todoist.close_task', { task_id: '2995104339' })).outputs).toEqual({ done: [true] });
  });

  it('updates only what is given, and asks for something to change', async () => {
    const updated = await run('todoist.update_task', { task_id: '2995104339', due: 'next monday', priority: 4 });
    expect(updated.outputs.task![0]).toMatchObject({ id: '2995104339', due: '2026-12-07', priority: 4 });
    expect(seen.at(-1)!.body).toEqual({ due_string: 'next monday', priority: 4 });
    expect((await run('todoist.update_task', { task_id: '2995104339' })).error?.message).toBe(
      'Give something to change: content, description, due or priority.',
    );
    expect((await run('todoist.update_task', { task_id: '404', content: 'x' })).error).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('Task not found'),
    });
  });

  it('deletes a task, and names one that is not there', async () => {
    expect((await run('todoist.delete_task', { task_id: '2995104339' })).outputs).toEqual({ deleted: [true] });
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/rest/v2/tasks/2995104339' });
    expect((await run('todoist.delete_task', { task_id: '404' })).error).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('Task not found'),
    });
  });

  it('says what Todoist refused', async () => {
    expect((await run('todoist.close_task', { task_id: 'nope' })).error?.message).toContain('Todoist found nothing there (404: Task not found)');
    expect((await run('todoist.list_tasks', {}, { token: 'td-bad' })).error?.kind).toBe('credential');
  });
});
