import type { Store } from '@blocksmith/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/errors.ts';
import { hashToken } from './tokens.ts';

export const SESSION_COOKIE = 'bs_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by `requireUser`. */
    userId: string;
    /** How they signed in: a person in the web app (session) or a program (API key). */
    authVia: 'api_key' | 'session';
    /** The workspace an API key works in; undefined for a session. */
    keyWorkspaceId: string | undefined;
  }
}

/** Who sent the request: an API key (`Authorization: Bearer`) or a session cookie; undefined when neither is valid. */
export async function identify(
  request: FastifyRequest,
  store: Store,
): Promise<{ userId: string; via: 'api_key' | 'session'; keyWorkspaceId?: string } | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError(401, 'unauthenticated', 'The Authorization header must be "Bearer <api key>".');
    const owner = await store.apiKeys.ownerFor(hashToken(match[1]!));
    if (!owner) throw new ApiError(401, 'unauthenticated', 'The API key is not valid; create one in Settings → API keys.');
    return { userId: owner.userId, via: 'api_key', keyWorkspaceId: owner.workspaceId };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const userId = await store.sessions.userIdFor(hashToken(token));
  return userId ? { userId, via: 'session' } : undefined;
}

/** onRequest hook for protected routes: 401 unless signed in. */
export function requireUser(store: Store) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const identity = await identify(request, store);
    if (!identity) throw new ApiError(401, 'unauthenticated', 'Sign in first (POST /api/auth/login) or send an API key as "Authorization: Bearer <key>".');
    request.userId = identity.userId;
    request.authVia = identity.via;
    request.keyWorkspaceId = identity.keyWorkspaceId;
  };
}
