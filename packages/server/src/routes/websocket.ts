import type { FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import { identify } from '../auth/authenticate.ts';
import { authorize, selectedWorkspace, type Access } from '../auth/workspace-access.ts';
import { MessageBudget } from '../events/message-budget.ts';
import { keepAlive } from '../events/socket-heartbeat.ts';
import { CLOSE, SocketSession } from '../events/socket-session.ts';
import { fromForeignOrigin } from '../http/same-origin.ts';
import type { Platform } from '../platform/platform.ts';

const topic = z.union([
  z.object({ runId: z.string().min(1).max(100) }).strict(),
  z.object({ graphId: z.string().min(1).max(100) }).strict(),
  z.object({ reviews: z.literal(true), workspaceId: z.string().min(1).max(100) }).strict(),
  z.object({ runs: z.literal(true), workspaceId: z.string().min(1).max(100) }).strict(),
]);
const clientMessage = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('subscribe'),
      runId: z.string().min(1).max(100).optional(),
      graphId: z.string().min(1).max(100).optional(),
      reviews: z.literal(true).optional(),
      runs: z.literal(true).optional(),
      /** For `reviews` and `runs`: the workspace; without it, the person's personal one (an API key's: its own). */
      workspaceId: z.string().min(1).max(100).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('unsubscribe'),
      runId: z.string().min(1).max(100).optional(),
      graphId: z.string().min(1).max(100).optional(),
      reviews: z.literal(true).optional(),
      runs: z.literal(true).optional(),
      workspaceId: z.string().min(1).max(100).optional(),
    })
    .strict(),
  z.object({ type: z.literal('ping') }).strict(),
]);

/** Messages a socket may send before it is identified; a client that floods is cut off. */
const EARLY_MESSAGES_KEPT = 100;

/** `/api/ws`: live run events, per run or per graph; the protocol is in docs/api.md. */
export async function websocketRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, hub, runs, metrics, config, access } = platform;
  const socketsByUser = new Map<string, Set<SocketSession>>();
  // A member removed, a role changed: their connections close, and whatever they subscribe to next is checked anew.
  access.listen((userId) => {
    for (const session of socketsByUser.get(userId) ?? []) session.close(CLOSE.accessChanged, 'What you may reach has changed: connect again.');
  });

  app.get('/api/ws', { websocket: true }, async (socket: WebSocket, request) => {
    // A client may send as soon as the socket opens, before it is identified: keep those messages for later.
    const early: RawData[] = [];
    const keep = (data: RawData): void => void (early.push(data) > EARLY_MESSAGES_KEPT && socket.terminate());
    socket.on('message', keep);
    const identity = await identify(request, store).catch(() => undefined);
    if (!identity) return socket.close(CLOSE.unauthenticated, 'Sign in, or send an API key as "Authorization: Bearer <key>".');
    if (identity.via === 'session' && fromForeignOrigin(request, config)) {
      return socket.close(CLOSE.forbiddenOrigin, 'Cross-site WebSocket connections are refused.');
    }
    const open = socketsByUser.get(identity.userId) ?? new Set<SocketSession>();
    if (open.size >= config.socketsPerUser)
      return socket.close(CLOSE.tooManySockets, `At most ${config.socketsPerUser} connections per user; close another tab or client.`);
    metrics.socketClients.inc();
    keepAlive(socket, config.socketPingMs);

    const session = new SocketSession(identity.userId, socket);
    socketsByUser.set(identity.userId, open.add(session));
    const asker = { userId: identity.userId, keyWorkspaceId: identity.keyWorkspaceId };
    /** The workspaces whose runs this socket follows as a runner: it hears of its own runs only. */
    const asRunner = new Set<string>();
    session.ownRunsOnly = (workspaceId) => asRunner.has(workspaceId);
    /** The one authorization check (auth/workspace-access.ts), answered as an error message on the socket. */
    const check = (access: Exclude<Access, 'account' | 'operator'>, id: string | undefined, named?: string) =>
      authorize(store, asker, access, id, selectedWorkspace(asker, named));
    const budget = new MessageBudget(config.socketMessageRate, 2 * config.socketMessageRate);
    /** What this socket listens to, by topic key: bounded, and a repeated subscribe costs nothing. */
    const topics = new Set<string>();
    socket.on('close', () => {
      hub.leave(session);
      session.dispose();
      metrics.socketClients.dec();
      open.delete(session);
      if (open.size === 0) socketsByUser.delete(identity.userId);
    });
    const onMessage = (data: RawData): void => {
      if (!budget.take()) {
        return session.close(
          CLOSE.tooManyMessages,
          `More than ${config.socketMessageRate} messages a second (BLOCKSMITH_SOCKET_MESSAGE_RATE); reconnect and send fewer.`,
        );
      }
      void handleMessage(data).catch((error: unknown) => session.send({ type: 'error', message: (error as Error).message }));
    };
    socket.off('message', keep);
    socket.on('message', onMessage);
    for (const data of early.splice(0)) onMessage(data);

    async function handleMessage(data: RawData): Promise<void> {
      let json: unknown;
      try {
        json = JSON.parse(data.toString());
      } catch {
        return session.send({ type: 'error', message: 'Messages must be JSON, e.g. {"type":"subscribe","runId":"…"}.' });
      }
      const parsed = clientMessage.safeParse(json);
      if (!parsed.success) {
        return session.send({
          type: 'error',
          message: `Unknown message: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')}.`,
        });
      }
      const message = parsed.data;
      if (message.type === 'ping') return session.send({ type: 'pong' });
      const workspaceId = message.reviews || message.runs ? selectedWorkspace(asker, message.workspaceId) : undefined;
      const target = topic.safeParse({
        ...(message.runId ? { runId: message.runId } : {}),
        ...(message.graphId ? { graphId: message.graphId } : {}),
        ...(message.reviews ? { reviews: true, workspaceId } : {}),
        ...(message.runs ? { runs: true, workspaceId } : {}),
      });
      if (!target.success) {
        return session.send({ type: 'error', message: `${message.type} needs exactly one of runId, graphId, reviews: true or runs: true.` });
      }
      const { data: t } = target;
      const key = 'runId' in t ? `run:${t.runId}` : 'graphId' in t ? `graph:${t.graphId}` : 'runs' in t ? `runs:${t.workspaceId}` : `reviews:${t.workspaceId}`;
      if (message.type === 'unsubscribe') {
        hub.unsubscribe(session, t);
        topics.delete(key);
        return session.send({ type: 'unsubscribed', ...t });
      }
      // Already listening (or a snapshot on its way): the stream goes on, nothing is read again.
      if (topics.has(key)) return session.send({ type: 'subscribed', ...t });
      if (topics.size >= config.socketSubscriptions) {
        return session.send({
          type: 'error',
          message: `At most ${config.socketSubscriptions} subscriptions per connection (BLOCKSMITH_SOCKET_SUBSCRIPTIONS); unsubscribe from some first.`,
        });
      }
      topics.add(key);
      if ('runId' in t) {
        await session.holding(async () => {
          try {
            // Checked first: nothing of a run reaches a socket that may not read it, not even while it is checked.
            const { workspaceId: ofRun } = await check({ needs: 'read', on: 'run' }, t.runId);
            // Subscribed before reading (in scale-out, until the workers know), so no event falls between the snapshot and the stream.
            await hub.subscribe(session, t);
            session.send({ type: 'snapshot', ...(await runs.detail(ofRun, t.runId, config.inlineOutputBytes)) });
          } catch (error) {
            hub.unsubscribe(session, t);
            topics.delete(key);
            throw error;
          }
        });
        return;
      }
      if ('reviews' in t || 'runs' in t) {
        // Only a member hears of a workspace's runs and reviews (the hub routes them by the run's workspace); a runner, of their own.
        const allowed = await check({ needs: 'read', on: 'workspace' }, t.workspaceId).catch((error: unknown) => {
          topics.delete(key);
          throw error;
        });
        if (allowed.role === 'runner') asRunner.add(t.workspaceId);
        await hub.subscribe(session, t);
        return session.send({ type: 'subscribed', ...t });
      }
      const graph = await check({ needs: 'read', on: 'graph' }, t.graphId).catch(() => undefined);
      if (!graph || !(await store.graphs.summary(graph.workspaceId, t.graphId))) {
        topics.delete(key);
        throw new Error(`Graph ${t.graphId} was not found.`);
      }
      await hub.subscribe(session, t);
      session.send({ type: 'subscribed', graphId: t.graphId });
    }
  });
}
