import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const rss = (items: { guid: string; title: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Team blog</title>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><link>https://blog.test/${i.guid}</link><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

describe('the feed-polling example agent, end to end (real server, a local feed and Slack)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let services: Server;
  let base: string;
  let items = [
    { guid: 'p1', title: 'Hello' },
    { guid: 'p2', title: 'Roadmap' },
  ];
  const posted: { channel: string; text: string }[] = [];
  let owner: ApiClient;

  beforeAll(async () => {
    services = createServer((req, res) => {
      if (req.url === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items));
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        posted.push(JSON.parse(raw));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel: 'C9', ts: `17000000${posted.length}.000100` }));
      });
    });
    await new Promise<void>((resolve) => services.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(services.address() as AddressInfo).port}`;
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    await owner.post('/api/credentials', { name: 'Slack bot', kind: 'slack_bot', fields: { token: 'xoxb-example', baseUrl: `${base}/api` } });
  });

  afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => services.close(() => resolve()));
    await database?.drop();
  });

  it('posts each new item once across runs, as a schedule runs it', async () => {
    const agent = (await owner.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'New feed posts to Slack');
    const inputs = { feed_url: `${base}/feed.xml`, channel: 'C9' };
    // A schedule far from now, so it does not fire during the test; the runs below are what it starts.
    const schedule = await owner.post(`/api/graphs/${agent.id}/schedules`, { cron: '0 9 1 1 *', timezone: 'UTC', inputs });
    expect(schedule.status).toBe(201);
    expect(schedule.body.nextRuns).toHaveLength(5);
    const run = async () => owner.waitForRun((await owner.post(`/api/graphs/${agent.id}/runs`, { inputs })).body.runId);

    // The items are posted concurrently: which one Slack gets first varies.
    const first = (await run()).run;
    expect(first.status).toBe('COMPLETED');
    expect([...first.outputs.posted].sort()).toEqual(['170000001.000100', '170000002.000100']);
    expect([...posted].sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { channel: 'C9', text: 'New post: *Hello*\nhttps://blog.test/p1' },
      { channel: 'C9', text: 'New post: *Roadmap*\nhttps://blog.test/p2' },
    ]);
    expect((await run()).run).toMatchObject({ status: 'COMPLETED', outputs: {} });
    expect(posted).toHaveLength(2);
    items = [{ guid: 'p3', title: 'Release notes' }, ...items];
    await run();
    expect(posted.slice(2)).toEqual([{ channel: 'C9', text: 'New post: *Release notes*\nhttps://blog.test/p3' }]);
  });
});
