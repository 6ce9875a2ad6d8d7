import type { Credential } from '@blocksmith/sdk';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listenLocally, runBlock } from '../test-support.ts';

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
  return createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(value));
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
      if (path === '/repos/octo/busy/issues') return json(429, { message: 'API rate limit exceeded' }, { 'retry-after': '30' });
      if (path === '/repos/octo/broken/issues') return json(502, { message: 'Server Error' });
      json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
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
