import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'a webhook secret of sixteen+';

/** What GitHub sends for a new issue (X-GitHub-Event: issues), trimmed to the fields the example reads and a few more. */
const opened = {
  action: 'opened',
  issue: { number: 7, title: 'Save button does nothing', user: { login: 'grace' }, state: 'open' },
  repository: { full_name: 'octo/app', private: false },
  sender: { login: 'grace' },
};

describe('the GitHub-triggered example agent, end to end (real server, a local GitHub)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let gitHub: Server;
  const comments: { url: string; auth: string | undefined; body: { body: string } }[] = [];
  let owner: ApiClient;

  beforeAll(async () => {
    gitHub = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        comments.push({ url: req.url!, auth: req.headers.authorization, body: JSON.parse(raw || '{}') });
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: 1, html_url: 'https://github.com/octo/app/issues/7#issuecomment-1' }));
      });
    });
    await new Promise<void>((resolve) => gitHub.listen(0, '127.0.0.1', resolve));
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    await owner.post('/api/credentials', {
      name: 'GitHub',
      kind: 'github_token',
      fields: { token: 'ghp_example', baseUrl: `http://127.0.0.1:${(gitHub.address() as AddressInfo).port}` },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => gitHub.close(() => resolve()));
    await database?.drop();
  });

  it('a signed issues event makes the agent thank the author on the issue; an unsigned one is refused', async () => {
    const agent = (await owner.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'Welcome new GitHub issues');
    const { body: hook } = await owner.post(`/api/graphs/${agent.id}/webhooks`, {
      name: 'github',
      signature: { secret: SECRET },
      request: { headers: ['x-github-event'] },
    });
    const payload = JSON.stringify(opened);
    const send = (signature?: string) =>
      fetch(`${server.url}${hook.path}?wait=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'issues', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
        body: payload,
      });
    expect((await send()).status).toBe(401);
    const answer = await send(`sha256=${createHmac('sha256', SECRET).update(payload).digest('hex')}`);
    const result = (await answer.json()) as { status: string; outputs: Record<string, unknown[]> };
    expect(result).toMatchObject({ status: 'COMPLETED', outputs: { comment: ['https://github.com/octo/app/issues/7#issuecomment-1'] } });
    expect(comments).toEqual([
      {
        url: '/repos/octo/app/issues/7/comments',
        auth: 'Bearer ghp_example',
        body: { body: 'Thanks @grace for opening “Save button does nothing”! Someone will take a look soon.' },
      },
    ]);

    // Other actions (a label, a close) comment nothing.
    const labelled = JSON.stringify({ ...opened, action: 'labeled' });
    const quiet = await fetch(`${server.url}${hook.path}?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(labelled).digest('hex')}` },
      body: labelled,
    });
    expect(((await quiet.json()) as { status: string; outputs: unknown }).outputs).toEqual({});
    expect(comments).toHaveLength(1);
  });
});
