import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';
import { connectSocket } from '../testing/ws-client.ts';

const fanout = {
  name: 'Fan-out with waits',
  nodes: [
    { id: 'each', block: 'list.for_each', inputs: { items: [1, 2, 3] } },
    { id: 'wait', block: 'time.delay', inputs: { ms: 30 } },
    { id: 'out', block: 'output', inputs: { name: 'items' } },
  ],
  links: [
    { from: { node: 'each', output: 'item' }, to: { node: 'wait', input: 'value' } },
    { from: { node: 'wait', output: 'value' }, to: { node: 'out', input: 'value' } },
  ],
};

/** The same fan-out behind a review: the run waits for the test's approval, so a subscriber is surely there before it streams. */
const gatedFanout = {
  name: 'Fan-out after approval',
  nodes: [
    { id: 'gate', block: 'human.review', inputs: { message: 'Go?', data: [1, 2, 3] } },
    ...fanout.nodes.map((n) => (n.id === 'each' ? { ...n, inputs: {} } : n)),
  ],
  links: [{ from: { node: 'gate', output: 'approved' }, to: { node: 'each', input: 'items' } }, ...fanout.links],
};

describe('WebSocket /api/ws (real server, real clients)', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let other: ApiClient;
  let graphId: string;
  let gatedId: string;

  beforeAll(async () => {
    ({ server, owner, other, stop } = await startWithTwoAccounts({ BLOCKSMITH_SOCKETS_PER_USER: '3' }));
    graphId = (await owner.post('/api/graphs', fanout)).body.id;
    gatedId = (await owner.post('/api/graphs', gatedFanout)).body.id;
  });

  afterAll(async () => {
    await stop?.();
  });

  it('streams a run: snapshot first, then batched status and output events to the end', async () => {
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    const { body } = await owner.post(`/api/graphs/${gatedId}/runs`, {});
    await owner.waitForStatus(body.runId, 'REVIEW');
    socket.send({ type: 'subscribe', runId: body.runId });
    const snapshot = await socket.next((m) => m.type === 'snapshot');
    expect(snapshot.run).toMatchObject({ id: body.runId, status: 'REVIEW' });
    const review = (await owner.get('/api/reviews')).body.reviews.find((r: { runId: string }) => r.runId === body.runId);
    await owner.post(`/api/reviews/${review.id}`, { decision: 'approve' });
    const done = await socket.next((m) => m.type === 'graph_run.status' && m.status === 'COMPLETED');
    expect(done.runId).toBe(body.runId);
    const snapshotIndex = socket.messages.indexOf(snapshot);
    expect(socket.messages.findIndex((m) => m.type === 'events')).toBeGreaterThan(snapshotIndex);
    const completedWaits = socket.messages.filter((m) => m.type === 'node_run.status' && m.nodeId === 'wait' && m.status === 'COMPLETED');
    expect(completedWaits).toHaveLength(3);
    expect(socket.messages.filter((m) => m.type === 'node_run.output' && m.nodeId === 'out').map((m) => m.value)).toEqual([1, 2, 3]);
    expect(socket.messages.filter((m) => m.type === 'events').length).toBeLessThan(socket.messages.filter((m) => m.batched).length);
    socket.ws.close();
  });

  it('a late subscriber gets the finished state as its snapshot', async () => {
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    await owner.waitForRun(body.runId);
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send({ type: 'subscribe', runId: body.runId });
    const snapshot = await socket.next((m) => m.type === 'snapshot');
    expect(snapshot.run).toMatchObject({ status: 'COMPLETED', outputs: { items: [1, 2, 3] } });
    expect(snapshot.nodeRuns).toHaveLength(7);
    socket.ws.close();
  });

  it('per-graph subscriptions see every new run of the graph', async () => {
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send({ type: 'subscribe', graphId });
    await socket.next((m) => m.type === 'subscribed' && m.graphId === graphId);
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    await socket.next((m) => m.type === 'graph_run.status' && m.runId === body.runId && m.status === 'COMPLETED');
    socket.ws.close();
  });

  it('a runs subscription sees the status of every run of its user, and none of anyone else', async () => {
    const mine = connectSocket(server.url, { cookie: owner.cookieHeader! });
    const theirs = connectSocket(server.url, { cookie: other.cookieHeader! });
    for (const socket of [mine, theirs]) {
      socket.send({ type: 'subscribe', runs: true });
      await socket.next((m) => m.type === 'subscribed' && m.runs === true);
    }
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    await mine.next((m) => m.type === 'graph_run.status' && m.runId === body.runId && m.status === 'COMPLETED');
    // Status only: a monitor of all runs is not sent every node's events.
    expect(mine.messages.filter((m) => m.runId === body.runId && m.type !== 'graph_run.status')).toEqual([]);
    theirs.send({ type: 'ping' });
    await theirs.next((m) => m.type === 'pong');
    expect(theirs.messages.filter((m) => m.runId === body.runId)).toEqual([]);
    mine.ws.close();
    theirs.ws.close();
  });

  it("refuses other users' runs and graphs, like the HTTP API", async () => {
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    const socket = connectSocket(server.url, { cookie: other.cookieHeader! });
    socket.send({ type: 'subscribe', runId: body.runId });
    expect((await socket.next((m) => m.type === 'error')).message).toBe(`Run ${body.runId} was not found.`);
    socket.send({ type: 'subscribe', graphId });
    await socket.next((m) => m.type === 'error' && m.message.includes(`Graph ${graphId}`));
    await owner.waitForRun(body.runId);
    expect(socket.messages.filter((m) => m.runId === body.runId)).toEqual([]);
    socket.ws.close();
  });

  it('authenticates: no credentials closes with 4401; a cross-site page with a cookie closes with 4403; API keys work', async () => {
    expect((await connectSocket(server.url).closed).code).toBe(4401);
    expect((await connectSocket(server.url, { cookie: owner.cookieHeader!, origin: 'http://evil.test' }).closed).code).toBe(4403);
    expect((await connectSocket(server.url, { cookie: owner.cookieHeader!, origin: 'null' }).closed).code).toBe(4403);
    const key = (await owner.post('/api/keys', { name: 'ws' })).body.secret;
    const socket = connectSocket(server.url, { authorization: `Bearer ${key}` });
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong');
    socket.ws.close();
  });

  it('answers malformed messages with an error and keeps the connection', async () => {
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send('not json');
    await socket.next((m) => m.type === 'error' && m.message.includes('must be JSON'));
    socket.send({ type: 'subscribe' });
    await socket.next((m) => m.type === 'error' && m.message.includes('exactly one of runId, graphId, reviews: true or runs: true'));
    socket.send({ type: 'dance' });
    await socket.next((m) => m.type === 'error' && m.message.startsWith('Unknown message'));
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong');
    socket.ws.close();
  });

  it('limits sockets per user and frees the slot on disconnect', async () => {
    const sockets = [1, 2, 3].map(() => connectSocket(server.url, { cookie: other.cookieHeader! }));
    for (const s of sockets) {
      s.send({ type: 'ping' });
      await s.next((m) => m.type === 'pong');
    }
    const fourth = connectSocket(server.url, { cookie: other.cookieHeader! });
    expect((await fourth.closed).code).toBe(4429);
    sockets[0]!.ws.close();
    await sockets[0]!.closed;
    // The server sees the close a moment after the client does: until then the slot is still taken.
    const pongOrRefusal = (socket: ReturnType<typeof connectSocket>) => {
      socket.send({ type: 'ping' });
      return Promise.race([socket.next((m) => m.type === 'pong').then(() => 'pong', String), socket.closed.then(({ code }) => code)]);
    };
    let again = connectSocket(server.url, { cookie: other.cookieHeader! });
    while ((await pongOrRefusal(again)) === 4429) again = connectSocket(server.url, { cookie: other.cookieHeader! });
    await again.next((m) => m.type === 'pong');
    for (const s of [...sockets.slice(1), again]) s.ws.close();
  });
});

describe('WebSocket limits: one client cannot flood the server', () => {
  let stop: (() => Promise<void>) | undefined;
  let server: ServerProcess;
  let owner: ApiClient;
  let graphId: string;

  beforeAll(async () => {
    ({ server, owner, stop } = await startWithTwoAccounts({ BLOCKSMITH_SOCKET_MESSAGE_RATE: '5', BLOCKSMITH_SOCKET_SUBSCRIPTIONS: '3' }));
    graphId = (await owner.post('/api/graphs', fanout)).body.id;
  });

  afterAll(async () => {
    await stop?.();
  });

  it('closes a socket that sends past its message rate (4430), while the server keeps answering', async () => {
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    for (let i = 0; i < 200; i++) socket.send({ type: 'subscribe', runId: body.runId });
    await expect(socket.closed).resolves.toEqual({ code: 4430, reason: expect.stringContaining('BLOCKSMITH_SOCKET_MESSAGE_RATE') });
    expect((await new ApiClient(server.url).get('/healthz')).status).toBe(200);
  });

  it('reads a run for its snapshot once, however often the same socket subscribes to it', async () => {
    const { body } = await owner.post(`/api/graphs/${graphId}/runs`, {});
    await owner.waitForRun(body.runId);
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    for (let i = 0; i < 4; i++) socket.send({ type: 'subscribe', runId: body.runId });
    await socket.next((m) => m.type === 'snapshot');
    await expect.poll(() => socket.messages.filter((m) => m.type === 'subscribed' && m.runId === body.runId).length).toBe(3);
    socket.send({ type: 'ping' });
    await socket.next((m) => m.type === 'pong');
    expect(socket.messages.filter((m) => m.type === 'snapshot')).toHaveLength(1);
    socket.ws.close();
  });

  it('bounds the subscriptions of one socket, naming the setting', async () => {
    const runIds: string[] = [];
    for (let i = 0; i < 4; i++) runIds.push((await owner.post(`/api/graphs/${graphId}/runs`, {})).body.runId as string);
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    for (const runId of runIds) socket.send({ type: 'subscribe', runId });
    const refused = await socket.next((m) => m.type === 'error');
    expect(refused.message).toContain('At most 3 subscriptions per connection (BLOCKSMITH_SOCKET_SUBSCRIPTIONS)');
    socket.send({ type: 'unsubscribe', runId: runIds[0] });
    await socket.next((m) => m.type === 'unsubscribed');
    socket.send({ type: 'subscribe', runId: runIds[3] });
    await socket.next((m) => m.type === 'snapshot' && m.run.id === runIds[3]);
    socket.ws.close();
  });
});
