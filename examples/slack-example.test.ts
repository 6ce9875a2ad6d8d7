import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SIGNING_SECRET = 'slack-signing-secret-of-the-app';

/** A mention as Slack's Events API delivers it (event_callback with an app_mention event). */
const mention = {
  token: 'deprecated',
  team_id: 'T1',
  api_app_id: 'A1',
  type: 'event_callback',
  event_id: 'Ev1',
  event_time: 1_700_000_000,
  event: { type: 'app_mention', user: 'U42', text: '<@U0BOT> is the build green?', ts: '1700000000.000100', channel: 'C7', event_ts: '1700000000.000100' },
};

describe('the Slack-triggered example agent, end to end (real server, a local Slack)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let slack: Server;
  const calls: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
  let owner: ApiClient;

  beforeAll(async () => {
    slack = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        calls.push({ path: req.url!, auth: req.headers.authorization, body: JSON.parse(raw || '{}') });
        const answer = req.url === '/api/chat.postMessage' ? { ok: true, channel: 'C7', ts: '1700000001.000200' } : { ok: true };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    await owner.post('/api/credentials', {
      name: 'Slack bot',
      kind: 'slack_bot',
      fields: { token: 'xoxb-example', baseUrl: `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api` },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => slack.close(() => resolve()));
    await database?.drop();
  });

  it('answers Slack’s URL verification, then reacts and replies in the thread to a signed mention; unsigned and replayed calls are refused', async () => {
    const agent = (await owner.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'Acknowledge Slack mentions');
    const { body: hook } = await owner.post(`/api/graphs/${agent.id}/webhooks`, {
      name: 'slack',
      signature: { secret: SIGNING_SECRET, scheme: 'slack' },
      request: {},
    });
    const send = (payload: unknown, options: { timestamp?: number; secret?: string; wait?: boolean } = {}) => {
      const body = JSON.stringify(payload);
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET)
        .update(`v0:${timestamp}:${body}`)
        .digest('hex')}`;
      return fetch(`${server.url}${hook.path}${options.wait ? '?wait=true' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
        body,
      });
    };

    const check = await send({ token: 'x', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(check.status).toBe(200);
    expect(await check.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
    expect((await owner.get(`/api/runs?graphId=${agent.id}`)).body.runs).toEqual([]);

    const answer = await send(mention, { wait: true });
    expect(await answer.json()).toMatchObject({ status: 'COMPLETED', outputs: { reply_ts: ['1700000001.000200'] } });
    expect(calls.map((c) => c.path).sort()).toEqual(['/api/chat.postMessage', '/api/reactions.add']);
    expect(calls.find((c) => c.path === '/api/reactions.add')!.body).toEqual({ channel: 'C7', timestamp: '1700000000.000100', name: 'eyes' });
    expect(calls.find((c) => c.path === '/api/chat.postMessage')).toMatchObject({
      auth: 'Bearer xoxb-example',
      body: { channel: 'C7', thread_ts: '1700000000.000100', text: 'Got it, <@U42> — I’m on it.' },
    });

    const forged = await send(mention, { secret: 'someone-else' });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(/X-Slack-Signature header is missing or is not v0=/);
    const replayed = await send(mention, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(replayed.status).toBe(401);
    expect(calls).toHaveLength(2);
    expect((await owner.get(`/api/runs?graphId=${agent.id}`)).body.runs).toHaveLength(1);
  });
});
