import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionStarter } from '../auth/session-cookie.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { asRefusal } from '../platform/refusal.ts';
import { publicOrigin } from '../http/public-origin.ts';

export const SSO_START_PATH = '/api/auth/oidc/start';
const CALLBACK_PATH = '/api/auth/oidc/callback';
/** The sealed pending sign-in, sent back only to the callback. */
const PENDING_COOKIE = 'bs_oidc';

const callbackQuery = z
  .object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional(), iss: z.string().optional() })
  .passthrough();

/** Single sign-on through the operator's OpenID Connect provider (sso/oidc-sign-in.ts); public, like signing in. */
export async function ssoRoutes(app: FastifyInstance, { store, config, sso }: Platform): Promise<void> {
  const session = sessionStarter(store, config);
  const redirectUri = (request: { protocol: string; host: string }) => `${publicOrigin(config, request)}${CALLBACK_PATH}`;
  /** Back to the web app, saying why when the sign-in did not happen. */
  const failed = (message: string) => `/?${new URLSearchParams({ sso_error: message }).toString()}#/`;

  app.get(
    SSO_START_PATH,
    doc('account', 'Sign in through single sign-on: goes to the OpenID Connect provider (PKCE), which sends the browser back to the callback', {
      operationId: 'startSso',
      public: true,
      responses: { 302: null },
    }),
    async (request, reply) => {
      if (!sso) return reply.redirect(failed('Single sign-on is not set up on this server (BLOCKSMITH_OIDC_ISSUER).'));
      try {
        const { url, pending } = await sso.start(redirectUri(request));
        reply.setCookie(PENDING_COOKIE, pending, { path: CALLBACK_PATH, httpOnly: true, sameSite: 'lax', secure: session.secure, maxAge: 600 });
        return reply.redirect(url);
      } catch (error) {
        const refused = asRefusal(error);
        if (!refused) throw error;
        return reply.redirect(failed(refused.message));
      }
    },
  );

  app.get(
    CALLBACK_PATH,
    doc('account', 'Where the provider sends the browser back: checks the ID token, makes the account on first sign-in, signs it in', {
      operationId: 'finishSso',
      public: true,
      query: callbackQuery,
      responses: { 302: null },
    }),
    async (request, reply) => {
      reply.clearCookie(PENDING_COOKIE, { path: CALLBACK_PATH });
      if (!sso) return reply.redirect(failed('Single sign-on is not set up on this server (BLOCKSMITH_OIDC_ISSUER).'));
      const base = publicOrigin(config, request);
      try {
        const userId = await sso.finish(new URL(request.url, base), request.cookies[PENDING_COOKIE]);
        await session.start(request, reply, userId);
        return reply.redirect('/#/');
      } catch (error) {
        const refused = asRefusal(error);
        if (!refused) throw error;
        return reply.redirect(failed(refused.message));
      }
    },
  );
}
