import type { Store } from '@blocksmith/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who a sign-in route signed in: they are the actor of its audit event. */
    signedIn?: string;
  }
}

/**
 * Changes not worth a line each: every chat message and MCP message, signing out, and starting runs — a run
 * records who started it and how (its `userId` and `trigger`), and the log stays one of decisions, not of traffic.
 */
const QUIET = new Set(['sayToCopilot', 'stopCopilot', 'callMcp', 'signOut', 'callWebhook', 'startRun', 'runNode', 'rerunRun']);

/** The fields of a request body an event keeps, to say what changed; never a secret, a password or a graph. */
const TOLD_FIELDS = ['name', 'role', 'email', 'enabled', 'mcp', 'decision', 'kind', 'cron', 'timezone', 'fromNode'];

const told = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body)
    ? Object.fromEntries(TOLD_FIELDS.filter((field) => field in body).map((field) => [field, (body as Record<string, unknown>)[field]]))
    : {};

/** The id of what a 201 answer created: the `id` of the one object it answers with. */
function createdId(payload: unknown): string | undefined {
  if (typeof payload !== 'string' || payload.length > 65_536) return undefined;
  try {
    const answer = JSON.parse(payload) as Record<string, unknown>;
    const created = Object.values(answer).find(
      (v): v is { id: string } => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
    );
    return typeof answer.id === 'string' ? answer.id : created?.id;
  } catch {
    return undefined;
  }
}

/**
 * The audit trail, in one place: every change the API made — every route but GET, answered with success —
 * becomes an event of the workspace it acted in (a person's own changes, and their sign-ins, go to their
 * personal workspace): who, how (session or API key), what (the operation), on what, from where, recorded before
 * the answer is sent. Routes added later are recorded by being routes. Recording never fails the request; a
 * failure is logged.
 */
export function recordChanges(app: FastifyInstance, store: Store): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const action = request.routeOptions.schema?.operationId;
    // A sign-in is recorded whatever its method (single sign-on comes back with a GET and a redirect).
    const signIn = request.signedIn !== undefined;
    const changed = request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 300;
    if (!action || QUIET.has(action) || !(signIn || changed)) return payload;
    const actorId = request.signedIn ?? request.userId;
    if (actorId === undefined) return payload;
    // A path's token (an invitation link's) is a secret like any other: the event names the ids only.
    const { token: _secret, ...params } = request.params as Record<string, string>;
    const target = params.id ?? (reply.statusCode === 201 ? createdId(payload) : undefined);
    // Recorded before the answer leaves: a client told "done" finds the event.
    try {
      const actor = await store.users.findById(actorId);
      await store.audit.append({
        workspaceId: request.workspaceId ?? actorId,
        at: Date.now(),
        actor: { id: actorId, email: actor?.email ?? '', via: request.signedIn ? 'session' : request.authVia },
        action,
        ...(target !== undefined ? { target } : {}),
        details: { ...params, ...told(request.body) },
        ip: request.ip,
        ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'].slice(0, 500) } : {}),
      });
    } catch (error) {
      request.log.error({ err: error }, 'could not record an audit event');
    }
    return payload;
  });
}
