import type { Credential } from '@blocksmith/sdk';
import { type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, fakeApiServer, listenLocally, runBlock } from '../test-support.ts';

/** A local server answering GitHub's REST API as its reference documents it (paths, headers, bodies, errors). */
function fakeGitHub(seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]): Server {
  const issue = (number: number, extra: Record<string, unknown> = {}) => ({
    number,
    title: `Issue ${number}`,
    state: 'open',
    html_url: `https://github.com/octo/app/issues/${number}`,
    user: { login: 'ada' },
    labels: [{ name: 'bug' }],
    body: 'It breaks.',
    ...extra,
  });
  return fakeApiServer((req, res, body, json) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    if (req.headers.authorization !== 'Bearer ghp_good') return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/repos/octo/app/issues' && req.method === 'GET') return json(200, [issue(2), issue(1, { pull_request: { url: 'x' } })]);
    if (path === '/repos/octo/app/issues' && req.method === 'POST') return json(201, issue(3, { title: JSON.parse(body).title }));
    if (path === '/repos/octo/app/issues/2/comments') return json(201, { id: 77, html_url: 'https://github.com/octo/app/issues/2#issuecomment-77' });
    if (path === '/repos/octo/app/pulls' && req.method === 'GET') return json(200, [issue(5, { html_url: 'https://github.com/octo/app/pull/5' })]);
    if (path === '/repos/octo/app/pulls/5' && req.headers.accept === 'application/vnd.github.diff') {
      return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('diff --git a/x b/x\n+added\n');
    }
    if (path === '/repos/octo/app/contents/docs/READ%20ME.md') {
      return json(200, { type: 'file', encoding: 'base64', content: Buffer.from('# Hello\n').toString('base64'), sha: 'abc123' });
    }
    if (path === '/repos/octo/app/issues/2/labels' && req.method === 'POST')
      return json(
        200,
        ['bug', ...JSON.parse(body).labels].map((name: string) => ({ id: 1, name })),
      );
    if (path === '/repos/octo/app/issues/2' && req.method === 'PATCH') return json(200, issue(2, JSON.parse(body)));
    if (path === '/repos/octo/app/pulls/5' && req.method === 'GET') {
      return json(200, {
        ...issue(5),
        head: { ref: 'fix-save' },
        base: { ref: 'main' },
        draft: false,
        merged: false,
        additions: 12,
        deletions: 3,
        changed_files: 2,
      });
    }
    if (path === '/repos/octo/app/pulls/5/merge' && req.method === 'PUT') {
      const wanted = JSON.parse(body) as { sha?: string; merge_method: string };
      if (wanted.sha && wanted.sha !== 'abc1234') return json(409, { message: 'Head branch was modified. Review and try the merge again.' });
      return json(200, { sha: 'f00d123', merged: true, message: 'Pull Request successfully merged' });
    }
    if (path === '/repos/octo/app/pulls/6/merge') return json(405, { message: 'Pull Request is not mergeable' });
    if (path === '/repos/octo/app/pulls/5/reviews')
      return json(200, {
        id: 80,
        state: JSON.parse(body).event === 'APPROVE' ? 'APPROVED' : 'CHANGES_REQUESTED',
        html_url: 'https://github.com/octo/app/pull/5#pullrequestreview-80',
      });
    const release = (id: number, tag: string, extra = {}) => ({
      id,
      tag_name: tag,
      name: tag,
      html_url: `https://github.com/octo/app/releases/tag/${tag}`,
      body: 'Notes',
      draft: false,
      prerelease: false,
      published_at: '2026-11-01T00:00:00Z',
      ...extra,
    });
    if (path === '/repos/octo/app/releases' && req.method === 'GET') return json(200, [release(3, 'v2.0.0-rc.1', { prerelease: true }), release(2, 'v1.1.0')]);
    if (path === '/repos/octo/app/releases' && req.method === 'POST') {
      const wanted = JSON.parse(body);
      if (wanted.tag_name === 'v1.1.0')
        return json(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
      return json(201, release(4, wanted.tag_name, { body: wanted.body, draft: wanted.draft, published_at: null }));
    }
    if (path === '/search/issues') return json(200, { total_count: 42, incomplete_results: false, items: [issue(9)] });
    if (path === '/repos/octo/busy/issues') return json(429, { message: 'API rate limit exceeded' }, { 'retry-after': '30' });
    if (path === '/repos/octo/broken/issues') return json(502, { message: 'Server Error' });
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }, 'application/json; charset=utf-8');
}

describe('GitHub blocks against a local server speaking GitHub’s REST API', () => {
  let server: Server;
  const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  let good: Credential;
  let bad: Credential;
  const run = (block: string, inputs: Record<string, unknown>, credential = good) =>
    runBlock(block, inputs, { allowPrivateNetwork: true }, { credentials: [credential] });

  beforeAll(async () => {
    server = fakeGitHub(seen);
    const port = await listenLocally(server);
    const baseUrl = `http://127.0.0.1:${port}`;
    good = { id: 'gh', kind: 'github_token', fields: { token: 'ghp_good', baseUrl } };
    bad = { id: 'gh', kind: 'github_token', fields: { token: 'ghp_revoked', baseUrl } };
  });

  afterAll(async () => {
    await closeServer(server);
  });

  it('lists issues without the pull requests GitHub mixes in, sending its API headers and the filters', async () => {
    const listed = await run('github.list_issues', { repository: 'octo/app', labels: ['bug', 'ui'], limit: 10 });
    expect(listed.outputs.issues).toEqual([
      [{ number: 2, title: 'Issue 2', state: 'open', url: 'https://github.com/octo/app/issues/2', author: 'ada', labels: ['bug'], body: 'It breaks.' }],
    ]);
    const request = seen.at(-1)!;
    expect(request.url).toBe('/repos/octo/app/issues?state=open&per_page=10&labels=bug%2Cui');
    expect(request.headers).toMatchObject({ accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' });
  });

  it('creates an issue, comments, lists pull requests, reads a diff and a file', async () => {
    const created = await run('github.create_issue', { repository: 'octo/app', title: 'Crash on save', labels: ['bug'] });
    expect(created.outputs.issue![0]).toMatchObject({ number: 3, title: 'Crash on save' });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ title: 'Crash on save', body: '', labels: ['bug'], assignees: [] });
    const commented = await run('github.comment', { repository: 'octo/app', number: 2, body: 'On it.' });
    expect(commented.outputs).toEqual({ url: ['https://github.com/octo/app/issues/2#issuecomment-77'], id: [77] });
    expect((await run('github.list_pull_requests', { repository: 'octo/app' })).outputs.pull_requests![0]).toEqual([
      expect.objectContaining({ number: 5, url: 'https://github.com/octo/app/pull/5' }),
    ]);
    expect((await run('github.pull_request_diff', { repository: 'octo/app', number: 5 })).outputs.diff).toEqual(['diff --git a/x b/x\n+added\n']);
    expect((await run('github.read_file', { repository: 'octo/app', path: 'docs/READ ME.md' })).outputs).toEqual({ text: ['# Hello\n'], sha: ['abc123'] });
  });

  it('labels, updates and searches issues, reads and reviews a pull request, lists and creates releases', async () => {
    expect((await run('github.add_labels', { repository: 'octo/app', number: 2, labels: ['ui'] })).outputs.labels).toEqual([['bug', 'ui']]);
    const closed = await run('github.update_issue', { repository: 'octo/app', number: 2, state: 'closed', state_reason: 'completed' });
    expect(closed.outputs.issue![0]).toMatchObject({ number: 2, state: 'closed' });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ state: 'closed', state_reason: 'completed' });
    const pr = await run('github.get_pull_request', { repository: 'octo/app', number: 5 });
    expect(pr.outputs.pull_request![0]).toMatchObject({ number: 5, head: 'fix-save', base: 'main', additions: 12, changed_files: 2, merged: false });
    const approved = await run('github.review_pull_request', { repository: 'octo/app', number: 5, verdict: 'approve' });
    expect(approved.outputs).toMatchObject({ id: [80], state: ['APPROVED'] });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ event: 'APPROVE', body: '' });
    const releases = await run('github.list_releases', { repository: 'octo/app', limit: 5 });
    expect((releases.outputs.releases![0] as unknown[]).length).toBe(2);
    expect(releases.outputs.latest![0]).toMatchObject({ tag: 'v1.1.0', prerelease: false });
    const created = await run('github.create_release', { repository: 'octo/app', tag: 'v1.2.0', notes: 'Faster saves.', draft: true });
    expect(created.outputs.release![0]).toMatchObject({ tag: 'v1.2.0', body: 'Faster saves.', draft: true, published_at: '' });
    const taken = await run('github.create_release', { repository: 'octo/app', tag: 'v1.1.0' });
    expect(taken.error).toMatchObject({ kind: 'provider', message: 'GitHub answered 422: Validation Failed' });
    const found = await run('github.search_issues', { query: 'repo:octo/app is:open crash', sort: 'updated', limit: 5 });
    expect(found.outputs).toMatchObject({ total: [42] });
    expect(seen.at(-1)!.url).toBe('/search/issues?q=repo%3Aocto%2Fapp+is%3Aopen+crash&per_page=5&sort=updated');
  });

  it('merges a pull request only while its head is the commit given, and says why GitHub would not', async () => {
    const merged = await run('github.merge_pull_request', { repository: 'octo/app', number: 5, sha: 'abc1234', commit_title: 'Fix save (#5)' });
    expect(merged.outputs).toEqual({ merged: [true], sha: ['f00d123'], message: ['Pull Request successfully merged'] });
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ merge_method: 'squash', sha: 'abc1234', commit_title: 'Fix save (#5)' });
    expect((await run('github.merge_pull_request', { repository: 'octo/app', number: 5, sha: 'bbbbbbb', method: 'merge' })).error?.message).toContain(
      'Head branch was modified',
    );
    expect((await run('github.merge_pull_request', { repository: 'octo/app', number: 6 })).error?.message).toContain('Pull Request is not mergeable');
  });

  it("turns GitHub's errors into messages that say what to do, retrying only what may pass", async () => {
    const refused = await run('github.list_issues', { repository: 'octo/app' }, bad);
    expect(refused.error).toMatchObject({
      kind: 'credential',
      message: 'GitHub refused the request (401: Bad credentials): check the GitHub token (Settings → Credentials) and what it may access.',
    });
    expect((await run('github.list_issues', { repository: 'octo/none' })).error).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('404: Not Found'),
    });
    const busy = await run('github.list_issues', { repository: 'octo/busy' });
    expect(busy.error).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining('it asks to wait 30 s') });
    expect((await run('github.list_issues', { repository: 'octo/broken' })).error).toMatchObject({
      kind: 'provider',
      message: 'GitHub answered 502: Server Error',
    });
    // A repository that is not owner/name is refused before anything runs, as the graph is checked.
    await expect(run('github.list_issues', { repository: 'not a repo' })).rejects.toThrow(/must be owner\/name/);
  });
});
