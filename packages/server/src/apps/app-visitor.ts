import type { App, Store } from '@blocksmith/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { identify } from '../auth/authenticate.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ApiError } from '../http/errors.ts';
import { Refusal } from '../platform/refusal.ts';

/**
 * A visitor's identity on app pages: a random secret in an HTTP-only cookie sent only to the app routes — or,
 * where a browser keeps no cookie for a framed page of another site (the widget), the same kind of secret sent
 * as a header by the page. Only its hash is stored, beside each run and upload the visitor made, so a visitor
 * reaches their own and nothing else.
 */
export const APP_VISITOR_COOKIE = 'bs_app_visitor';
export const APP_VISITOR_HEADER = 'blocksmith-app-visitor';
const HEADER_SECRET = /^bsv_[\w-]{40,100}$/;
const VISITOR_PATH = '/api/apps/';
const ONE_YEAR_S = 365 * 24 * 3600;

/** Whoever asks learns the same from a missing app, a wrong key, and an app for members they are not one of. */
export const appNotOpen = (): Refusal =>
  new Refusal('not_found', 'not_found', 'There is no app at this address, or it is not open to you: check the link with whoever gave it to you.');

const sameSecret = (given: string, kept: string): boolean => timingSafeEqual(Buffer.from(hashToken(given), 'hex'), Buffer.from(hashToken(kept), 'hex'));

/**
 * The app at `slug`, when the request may open it: anyone for a public app; the link's key for an app opened
 * by link; a signed-in member of its workspace (or an API key of it) for a members' app.
 */
export async function openApp(store: Store, request: FastifyRequest, slug: string, key: string | undefined): Promise<App> {
  const app = await store.apps.bySlug(slug);
  if (!app) throw appNotOpen();
  if (app.access === 'link' && !(key !== undefined && app.linkKey !== null && sameSecret(key, app.linkKey))) throw appNotOpen();
  if (app.access === 'members') {
    const who = await identify(request, store);
    if (!who) throw new ApiError(401, 'unauthenticated', "This app is for its workspace's members: sign in to Blocksmith first, then open it again.");
    const member = (who.keyWorkspaceId === undefined || who.keyWorkspaceId === app.workspaceId) && (await store.workspaces.roleOf(app.workspaceId, who.userId));
    if (!member) throw appNotOpen();
  }
  return app;
}

/** The hash of the visitor's secret (the header, else the cookie); undefined before their first run or upload. */
export const visitorOf = (request: FastifyRequest): string | undefined => {
  const header = request.headers[APP_VISITOR_HEADER];
  if (header !== undefined) {
    if (typeof header !== 'string' || !HEADER_SECRET.test(header)) {
      throw new ApiError(400, 'invalid_request', `The ${APP_VISITOR_HEADER} header must be "bsv_" and 40 to 100 letters, digits, "-" or "_" (random).`);
    }
    return hashToken(header);
  }
  const secret = request.cookies[APP_VISITOR_COOKIE];
  return secret ? hashToken(secret) : undefined;
};

/** The visitor's hash, giving them a cookie first when they have none. */
export function ensureVisitor(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const known = visitorOf(request);
  if (known) return known;
  // A visitor who names themselves by header (a framed page) already has their secret: no cookie is set.
  const secret = newToken('bsv_');
  reply.setCookie(APP_VISITOR_COOKIE, secret, { path: VISITOR_PATH, httpOnly: true, sameSite: 'strict', secure, maxAge: ONE_YEAR_S });
  return hashToken(secret);
}
