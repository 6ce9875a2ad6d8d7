import type { GraphRunRecord, RunTrigger } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Notifier } from './notifier.ts';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
const DIGEST = 60_000;

describe.each(TEST_DIALECTS)('notifications on %s (the clock given, not read)', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };
  let graphId: string;
  let listener: Server;
  let smtp: SMTPServer;
  let hookUrl: string;
  let smtpPort: number;
  const posted: { text: string; notification: { kind: string; count: number; link: string } }[] = [];
  const mailed: { to: string[]; data: string }[] = [];

  beforeAll(async () => {
    listener = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        posted.push(JSON.parse(body));
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hook`;
    smtp = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          mailed.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    listener?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  beforeEach(async () => {
    posted.length = 0;
    mailed.length = 0;
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'ada@x.test', passwordHash: 'x', isOwner: true });
    owner = { workspaceId: user.id, userId: user.id };
    graphId = (await store.graphs.create(owner, { schemaVersion: 1, name: 'Fragile', nodes: [], links: [] })).id;
  });

  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  const notifier = () =>
    new Notifier(store, {
      digestMs: DIGEST,
      everyMs: 1_000,
      publicUrl: 'https://blocksmith.example',
      mail: { host: '127.0.0.1', port: smtpPort, secure: false, from: 'Blocksmith <agents@x.test>' },
      network: { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] },
    });

  /** Records a failed top-level run of the agent that ended at `endedAt`. */
  const failed = async (endedAt: number, error = 'Node "divide" failed: Division by zero', trigger: RunTrigger = { kind: 'api' }) => {
    const id = crypto.randomUUID();
    const run: GraphRunRecord = {
      id,
      graphId,
      graphVersion: 1,
      graphName: 'Fragile',
      ...owner,
      depth: 0,
      status: 'FAILED',
      inputs: {},
      outputs: {},
      error,
      trigger,
      createdAt: endedAt - 10,
      endedAt,
    };
    store.runStore.saveGraphRun(run);
    await store.runStore.flush();
    return id;
  };

  it('tells the person a run acts for once per failure, in one notification per agent while the digest window is open, also with two servers looking', async () => {
    const first = await failed(NOW - 5_000);
    await failed(NOW - 4_000);
    const [a, b] = [notifier(), notifier()];
    const told = await Promise.all([a.sweep(NOW), b.sweep(NOW)]);
    expect(told.reduce((sum, t) => sum + t.told, 0)).toBe(2);
    const [notification] = await store.notifications.list(owner.userId, { unreadOnly: true, limit: 10 });
    expect(await store.notifications.list(owner.userId, { unreadOnly: false, limit: 10 })).toHaveLength(1);
    expect(notification).toMatchObject({ kind: 'run_failed', subject: graphId, title: '“Fragile” failed', count: 2, deliveredAt: null });
    expect(notification!.link).toMatch(new RegExp(`^/#/graphs/${graphId}/runs/`));
    // Seen again, nothing is told again.
    expect((await a.sweep(NOW + 500)).told).toBe(0);
    expect(first).toBeTruthy();
    expect(await store.notifications.unread(owner.userId)).toBe(1);
    await store.notifications.markRead(owner.userId, undefined, NOW);
    expect(await store.notifications.unread(owner.userId)).toBe(0);
  });

  it('sends each closed digest once by webhook and email, as the person chose, with how many times and a link', async () => {
    await store.notifications.saveSettings(owner.userId, { email: true, webhookUrl: hookUrl, mutedAgents: [] });
    await failed(NOW - 3_000);
    await failed(NOW - 2_000);
    await notifier().sweep(NOW);
    // The window is still open: nothing goes out yet.
    expect((await notifier().sweep(NOW + DIGEST - 1)).delivered).toBe(0);
    const [a, b] = [notifier(), notifier()];
    const delivered = await Promise.all([a.sweep(NOW + DIGEST + 1), b.sweep(NOW + DIGEST + 1)]);
    expect(delivered.reduce((sum, d) => sum + d.delivered, 0)).toBe(1);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toContain('“Fragile” failed (2 times)');
    expect(posted[0]!.notification).toMatchObject({ kind: 'run_failed', count: 2 });
    expect(posted[0]!.notification.link).toMatch(/^https:\/\/blocksmith\.example\/#\/graphs\//);
    expect(mailed).toHaveLength(1);
    expect(mailed[0]!.to).toEqual(['ada@x.test']);
    expect(mailed[0]!.data).toContain('Subject: =?UTF-8?Q?');
    expect(mailed[0]!.data).toContain('Division by zero');
    const [sent] = await store.notifications.list(owner.userId, { unreadOnly: false, limit: 1 });
    expect(await store.notifications.delivery(sent!.id)).toEqual({ email: 'sent', webhook: 'sent' });
    // A failure after the window closed opens a new notification.
    await failed(NOW + DIGEST + 2_000);
    await notifier().sweep(NOW + DIGEST + 3_000);
    expect((await store.notifications.list(owner.userId, { unreadOnly: false, limit: 10 })).map((n) => n.count)).toEqual([1, 2]);
  });

  it('tells of budgets reached, waiting reviews and failed schedule fires; not of evaluation cases, nodes tried alone, or muted agents', async () => {
    await failed(NOW - 900, "Budget reached: the agent's daily budget — $1.0500 of $1.0000 spent.");
    await failed(NOW - 800, 'wrong answer', { kind: 'evaluation', evaluationId: 'e', caseId: 'c' });
    await failed(NOW - 700, 'bad pin', { kind: 'node', nodeId: 'n', version: 1, inputs: {} });
    const waiting = await failed(NOW - 600, 'irrelevant');
    await store.reviews.open(
      {
        runId: waiting,
        nodeRunId: `${waiting}.1`,
        nodeId: 'ask',
        workspaceId: owner.workspaceId,
        userId: owner.userId,
        key: 'k',
        message: 'Send the refund?',
        data: {},
        editable: false,
      },
      NOW - 500,
    );
    const schedule = await store.schedules.create(
      owner,
      graphId,
      { name: 'nightly', cron: '0 0 * * *', timezone: 'UTC', enabled: true, catchUp: 'skip', overlap: 'skip' },
      undefined,
    );
    await store.schedules.claimFire(schedule.id, NOW - 60_000, 'failed');
    await store.schedules.recordFire(schedule.id, NOW - 60_000, { outcome: 'failed', error: 'The agent needs an input "topic".' });
    // A fire refused by a spent budget is about the budget (of another agent here, so it is its own notification).
    const spender = (await store.graphs.create(owner, { schemaVersion: 1, name: 'Spender', nodes: [], links: [] })).id;
    const daily = await store.schedules.create(
      owner,
      spender,
      { name: 'daily', cron: '0 0 * * *', timezone: 'UTC', enabled: true, catchUp: 'skip', overlap: 'skip' },
      undefined,
    );
    await store.schedules.claimFire(daily.id, NOW - 30_000, 'failed');
    await store.schedules.recordFire(daily.id, NOW - 30_000, {
      outcome: 'failed',
      error: "Budget reached: the agent's daily budget — $2.0000 of $1.0000 spent.",
    });
    await notifier().sweep(NOW);
    const kinds = (await store.notifications.list(owner.userId, { unreadOnly: false, limit: 10 })).map((n) => [n.kind, n.title]).sort();
    expect(kinds).toEqual([
      ['budget_reached', '“Fragile” reached a budget'],
      ['budget_reached', '“Spender” reached a budget'],
      ['fire_failed', 'A schedule of “Fragile” could not start a run'],
      ['review_waiting', '“Fragile” waits for your review'],
      ['run_failed', '“Fragile” failed'],
    ]);

    // Muted: the agent's failures are not told; its reviews still are.
    await store.notifications.saveSettings(owner.userId, { email: false, webhookUrl: null, mutedAgents: [graphId] });
    await failed(NOW + 100);
    expect((await notifier().sweep(NOW + 200)).told).toBe(0);
  });

  it('tells no one who has left the workspace the event happened in', async () => {
    const team = await store.workspaces.create(owner.userId, 'Team');
    const leaver = await store.users.create({ email: 'leaver@x.test', passwordHash: 'x', isOwner: false });
    await store.workspaces.addMember(team.id, leaver.id, 'editor');
    const teamAgent = (await store.graphs.create({ workspaceId: team.id, userId: leaver.id }, { schemaVersion: 1, name: 'Theirs', nodes: [], links: [] })).id;
    const run = (endedAt: number) =>
      store.runStore.saveGraphRun({
        id: crypto.randomUUID(),
        graphId: teamAgent,
        graphVersion: 1,
        graphName: 'Theirs',
        workspaceId: team.id,
        userId: leaver.id,
        depth: 0,
        status: 'FAILED',
        inputs: {},
        outputs: {},
        error: 'boom',
        createdAt: endedAt - 1,
        endedAt,
      });
    run(NOW - 2_000);
    await store.runStore.flush();
    await notifier().sweep(NOW);
    expect(await store.notifications.unread(leaver.id)).toBe(1);
    await store.workspaces.removeMember(team.id, leaver.id);
    run(NOW + 1_000);
    await store.runStore.flush();
    expect((await notifier().sweep(NOW + 2_000)).told).toBe(0);
    expect(await store.notifications.unread(leaver.id)).toBe(1);
  });

  it("delivers everyone's digests at once: one person's webhook that does not answer holds up no one else's", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = createServer((request, response) => void held.then(() => response.writeHead(200).end('late')));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const other = await store.users.create({ email: 'bo@x.test', passwordHash: 'x', isOwner: false });
    await store.workspaces.addMember(owner.workspaceId, other.id, 'editor');
    await store.notifications.saveSettings(owner.userId, {
      email: false,
      webhookUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`,
      mutedAgents: [],
    });
    await store.notifications.saveSettings(other.id, { email: false, webhookUrl: hookUrl, mutedAgents: [] });
    // The slow one first: delivered one after the other, the second would wait for it.
    await failed(NOW - 2_000);
    await notifier().sweep(NOW);
    store.runStore.saveGraphRun({
      id: crypto.randomUUID(),
      graphId,
      graphVersion: 1,
      graphName: 'Fragile',
      workspaceId: owner.workspaceId,
      userId: other.id,
      depth: 0,
      status: 'FAILED',
      inputs: {},
      outputs: {},
      error: 'boom',
      createdAt: NOW - 2,
      endedAt: NOW - 1,
    });
    await store.runStore.flush();
    await notifier().sweep(NOW + 1_000);
    const sweep = notifier().sweep(NOW + DIGEST + 5_000);
    await expect.poll(() => posted.length).toBe(1);
    release();
    expect((await sweep).delivered).toBe(2);
    slow.close();
  });
});
