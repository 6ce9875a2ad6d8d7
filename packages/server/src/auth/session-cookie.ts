import type { Store } from '@blocksmith/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../platform/config.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { hashToken, newToken } from './tokens.ts';

/** Signs a person in: a new session, its token in an HTTP-only cookie (Secure behind https); they are the audit event's actor. */
export function sessionStarter(store: Store, config: ServerConfig) {
  const secure = config.publicUrl?.startsWith('https:') ?? false;
  return {
    secure,
    async start(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
      request.signedIn = userId;
      const token = newToken();
      await store.sessions.create(hashToken(token), userId, config.sessionTtlMs);
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: Math.floor(config.sessionTtlMs / 1000) });
    },
  };
}
