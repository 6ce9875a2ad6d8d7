import type { App, Store } from '@blocksmith/store';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../http/errors.ts';

/** The app's limit a minute, over all its visitors together: for runs (each chat message is one), and as many uploads (each fills the disk). */
export async function refuseOverLimit(store: Store, app: App, what: 'runs' | 'uploads', now: number, reply: FastifyReply): Promise<void> {
  if ((await store.apps.madeSince(what, app.id, now - 60_000)) < app.runsPerMinute) return;
  reply.header('retry-after', '60');
  throw new ApiError(
    429,
    'rate_limited',
    `This app takes at most ${app.runsPerMinute} ${what} a minute from all its visitors together; try again in a minute.`,
  );
}
