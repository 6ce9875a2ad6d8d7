import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const mr = {
  iid: 7,
  title: 'Faster start',
  state: 'opened',
  author: { username: 'ada' },
  source_branch: 'fast',
  target_branch: 'main',
  draft: false,
  web_url: 'https://gitlab.test/team/app/-/merge_requests/7',
  updated_at: '2026-12-06T10:00:00Z',
};

/** GitLab's REST API v4 as documented: PRIVATE-TOKEN header, a project by id or URL-encoded path, { message } errors. */
function fakeGitlab(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers['private-token'] !== 'glpat-good') return json(401, { message: '401 Unauthorized' });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/api/v4/projects/team%2Fapp/issues' && req.method === 'POST') {
      const body = JSON.parse(raw) as { title: string; labels?: string };
      if (!body.title.trim()) return json(400, { message: { title: ["can't be blank"] } });
      return json(201, {
        iid: 12,
        title: body.title,
        state: 'opened',
        web_url: 'https://gitlab.test/team/app/-/issues/12',
        labels: body.labels?.split(',') ?? [],
      });
    }
    if (url.pathname === '/api/v4/projects/42/merge_requests') return json(200, url.searchParams.get('state') === 'opened' ? [mr] : []);
    if (url.pathname === '/api/v4/projects/42/merge_requests/7/notes' && req.method === 'POST') return json(201, { id: 501, body: JSON.parse(raw).body });
    json(404, { message: '404 Project Not Found' });
  });
}

describe('GitLab blocks against a local server speaking its REST API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  const run = providerSuite(fakeGitlab(seen), (baseUrl) => ({ id: 'gl', kind: 'gitlab_token', fields: { token: 'glpat-good', baseUrl } }));

  it('opens an issue in a project named by its path, lists merge requests and comments on one', async () => {
    const made = await run('gitlab.create_issue', { project: 'team/app', title: 'Fix login', labels: ['bug', 'p1'], due_date: '2026-12-11' });
    expect(made.outputs.issue).toEqual([
      { iid: 12, title: 'Fix login', state: 'opened', url: 'https://gitlab.test/team/app/-/issues/12', labels: ['bug', 'p1'] },
    ]);
    expect(seen.at(-1)!.body).toEqual({ title: 'Fix login', labels: 'bug,p1', due_date: '2026-12-11' });
    const listed = await run('gitlab.list_merge_requests', { project: '42' });
    expect(listed.outputs.merge_requests![0]).toEqual([
      {
        iid: 7,
        title: 'Faster start',
        state: 'opened',
        author: 'ada',
        source_branch: 'fast',
        target_branch: 'main',
        draft: false,
        url: 'https://gitlab.test/team/app/-/merge_requests/7',
        updated: '2026-12-06T10:00:00Z',
      },
    ]);
    expect(seen.at(-1)!.url).toBe('/api/v4/projects/42/merge_requests?state=opened&per_page=20&order_by=created_at&sort=desc');
    expect((await run('gitlab.comment', { project: '42', on: 'merge_request', iid: 7, body: 'Looks good' })).outputs).toEqual({ id: [501] });
  });

  it('says what GitLab refused, naming the field', async () => {
    expect((await run('gitlab.create_issue', { project: 'team/app', title: ' ' })).error?.message).toBe("GitLab answered 400: title: can't be blank");
    expect((await run('gitlab.comment', { project: 'team/other', iid: 1, body: 'x' })).error?.message).toContain(
      'GitLab found nothing there (404: 404 Project Not Found)',
    );
    expect((await run('gitlab.list_merge_requests', { project: '42' }, { token: 'glpat-bad' })).error).toMatchObject({ kind: 'credential' });
  });
});
