import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { reviewGraph } from '../testing/review-graph.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { connectSocket } from '../testing/ws-client.ts';

describe.each(TEST_DIALECTS)('human review through the API on %s (real server process)', (dialect) => {
  let database: TestDatabase;
  let server: ServerProcess;
  let env: Record<string, string>;
  let owner: ApiClient;
  let other: ApiClient;
  let graphId: string;

  const login = async () => {
    owner = new ApiClient(server.url);
    other = new ApiClient(server.url);
    await owner.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    await other.post('/api/auth/login', { email: 'other@x.test', password: 'password-b' });
  };

  /** Starts a run of the review graph and waits until it waits for its review. */
  const runToReview = async (draft: string) => {
    const { body: started } = await owner.post(`/api/graphs/${graphId}/runs`, { inputs: { draft } });
    const { nodeRuns } = await owner.waitForStatus(started.runId, 'REVIEW');
    const { body } = await owner.get('/api/reviews?status=pending');
    const review = body.reviews.find((r: { runId: string }) => r.runId === started.runId);
    return { runId: started.runId as string, review, nodeRuns };
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    env = {
      BLOCKSMITH_DATA_DIR: database.options.dataDir,
      ...(database.options.databaseUrl ? { DATABASE_URL: database.options.databaseUrl } : {}),
      BLOCKSMITH_SIGNUP: 'open',
    };
    server = await startServerProcess(env);
    const setup = new ApiClient(server.url);
    await setup.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    await new ApiClient(server.url).post('/api/auth/signup', { email: 'other@x.test', password: 'password-b' });
    await login();
    graphId = (await owner.post('/api/graphs', reviewGraph)).body.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('pauses the run in REVIEW, lists the review for its owner only, and an approval with edited data finishes the run with it', async () => {
    const socket = connectSocket(server.url, { cookie: owner.cookieHeader! });
    socket.send({ type: 'subscribe', reviews: true });
    await socket.next((m) => m.type === 'subscribed' && m.reviews === true);
    const { runId, review, nodeRuns } = await runToReview('Hi Ada');
    expect(nodeRuns.find((r: { nodeId: string }) => r.nodeId === 'ask').status).toBe('REVIEW');
    expect(review).toMatchObject({ message: '**Send** this email to Ada?', data: 'Hi Ada', editable: true, status: 'pending', graphName: reviewGraph.name });
    expect(await socket.next((m) => m.type === 'review.pending')).toMatchObject({ reviewId: review.id, runId, nodeId: 'ask' });

    expect((await other.get(`/api/reviews/${review.id}`)).status).toBe(404);
    expect((await other.post(`/api/reviews/${review.id}`, { decision: 'approve' })).status).toBe(404);
    expect((await other.get('/api/reviews?status=pending')).body.reviews).toEqual([]);
    expect((await new ApiClient(server.url).get(`/api/reviews/${review.id}`)).status).toBe(401);

    const approved = await owner.post(`/api/reviews/${review.id}`, { decision: 'approve', data: 'Hello Ada, see you at 3.' });
    expect(approved.status).toBe(200);
    expect(approved.body.review).toMatchObject({ status: 'approved', decidedData: 'Hello Ada, see you at 3.' });
    expect(await socket.next((m) => m.type === 'review.decided')).toMatchObject({ reviewId: review.id, runId, decision: 'approve' });
    socket.ws.close();
    const done = await owner.waitForRun(runId);
    expect(done.run.status).toBe('COMPLETED');
    expect(done.run.outputs).toEqual({ sent: ['Hello Ada, see you at 3.'] });

    const again = await owner.post(`/api/reviews/${review.id}`, { decision: 'reject' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already approved/);
    expect((await owner.get('/api/reviews?status=decided')).body.reviews.map((r: { id: string }) => r.id)).toContain(review.id);
    expect((await owner.get('/api/reviews?status=pending')).body.reviews.map((r: { id: string }) => r.id)).not.toContain(review.id);
  });

  it('sends a rejection out on rejected with the reason', async () => {
    const { runId, review } = await runToReview('Buy 1000 shares');
    expect((await owner.post(`/api/reviews/${review.id}`, { decision: 'reject', reason: 'Too risky.' })).status).toBe(200);
    const done = await owner.waitForRun(runId);
    expect(done.run.outputs).toEqual({ stopped: [{ reason: 'Too risky.', data: 'Buy 1000 shares' }] });
  });

  it('refuses bad decisions with messages that say what to change', async () => {
    const { runId, review } = await runToReview('x');
    const bad = await owner.post(`/api/reviews/${review.id}`, { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/decision/);
    const rejectWithData = await owner.post(`/api/reviews/${review.id}`, { decision: 'reject', data: 'y' });
    expect(rejectWithData.status).toBe(400);
    expect(rejectWithData.body.error.message).toMatch(/only an approval carries edited data/);
    expect((await owner.get('/api/reviews?status=someday')).status).toBe(400);

    await owner.post(`/api/runs/${runId}/stop`);
    expect((await owner.get('/api/reviews?status=pending')).body.reviews.map((r: { id: string }) => r.id)).not.toContain(review.id);
    const late = await owner.post(`/api/reviews/${review.id}`, { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/run of this review has ended/);
  });

  it('refuses edited data for a review that is not editable', async () => {
    const { body: fixed } = await owner.post('/api/graphs', {
      ...reviewGraph,
      nodes: reviewGraph.nodes.map((n) => (n.id === 'ask' ? { ...n, inputs: { ...n.inputs, editable: false } } : n)),
    });
    const { body: started } = await owner.post(`/api/graphs/${fixed.id}/runs`, {});
    await owner.waitForStatus(started.runId, 'REVIEW');
    const review = (await owner.get('/api/reviews')).body.reviews.find((r: { runId: string }) => r.runId === started.runId);
    const edited = await owner.post(`/api/reviews/${review.id}`, { decision: 'approve', data: 'changed' });
    expect(edited.status).toBe(400);
    expect(edited.body.error.message).toMatch(/not editable/);
    await owner.post(`/api/reviews/${review.id}`, { decision: 'approve' });
    expect((await owner.waitForRun(started.runId)).run.outputs).toEqual({ sent: ['Hi Ada'] });
  });

  it('kill -9 while a review waits loses nothing: after the restart the approval (edited) resumes the run from that node', async () => {
    const { runId, review } = await runToReview('Draft before the crash');
    await server.kill();
    server = await startServerProcess(env);
    await login();
    const { body } = await owner.get(`/api/reviews/${review.id}`);
    expect(body.review).toMatchObject({ status: 'pending', data: 'Draft before the crash' });
    await owner.waitForStatus(runId, 'REVIEW');
    expect((await owner.post(`/api/reviews/${review.id}`, { decision: 'approve', data: 'Edited after the crash' })).status).toBe(200);
    const done = await owner.waitForRun(runId);
    expect(done.run.status).toBe('COMPLETED');
    expect(done.run.outputs).toEqual({ sent: ['Edited after the crash'] });
    // The resumed run found the review it had opened: one review for the run, not two.
    const all = [...(await owner.get('/api/reviews?status=decided')).body.reviews, ...(await owner.get('/api/reviews?status=pending')).body.reviews];
    expect(all.filter((r: { runId: string }) => r.runId === runId)).toHaveLength(1);
  });

  it('runs the seeded example "Announcement with approval" to published once approved', async () => {
    const example = (await owner.get('/api/graphs')).body.graphs.find((g: { name: string }) => g.name === 'Announcement with approval');
    const { body: started } = await owner.post(`/api/graphs/${example.id}/runs`, {});
    await owner.waitForStatus(started.runId, 'REVIEW');
    const review = (await owner.get('/api/reviews')).body.reviews.find((r: { runId: string }) => r.runId === started.runId);
    expect(review.expiresAt - review.createdAt).toBe(24 * 60 * 60_000);
    await owner.post(`/api/reviews/${review.id}`, { decision: 'approve' });
    expect((await owner.waitForRun(started.runId)).run.outputs).toEqual({
      published: ["Announcement: Blocksmith agents can now wait for a person's approval."],
    });
  });
});
