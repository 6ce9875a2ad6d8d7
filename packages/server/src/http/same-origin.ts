import type { FastifyRequest } from 'fastify';
import { APP_VISITOR_COOKIE } from '../apps/app-visitor.ts';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import type { ServerConfig } from '../platform/config.ts';
import { ApiError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a browser sent this request from a page of another site: its
 * Origin is neither the host it was sent to nor the public address. "null"
 * (sandboxed frames, files) is nobody's origin. No Origin: not a browser's
 * cross-site request.
 */
export function fromForeignOrigin(request: FastifyRequest, config: Pick<ServerConfig, 'publicUrl'>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const host = hostOf(origin);
  return host === undefined || (host !== request.headers.host && host !== (config.publicUrl ? new URL(config.publicUrl).host : undefined));
}

/**
 * Refuses what another site's page makes a browser send with the user's
 * session or an app page's visitor cookie: state-changing requests (CSRF) and sign-in attempts (login CSRF).
 * The session cookie is SameSite=Strict already; this is the second lock.
 * Programs (API keys, webhooks) carry no ambient credential and are not
 * concerned; the event socket makes the same check itself, answering with a
 * close code its clients read (routes/websocket.ts).
 */
export function refuseCrossOrigin(config: Pick<ServerConfig, 'publicUrl'>) {
  return async (request: FastifyRequest): Promise<void> => {
    if (SAFE_METHODS.has(request.method) || request.headers.authorization !== undefined) return;
    const ambient = request.cookies[SESSION_COOKIE] !== undefined || request.cookies[APP_VISITOR_COOKIE] !== undefined || request.url.startsWith('/api/auth/');
    if (!ambient || !fromForeignOrigin(request, config)) return;
    throw new ApiError(
      403,
      'cross_origin',
      `Refused: this request came from a page of ${request.headers.origin}, not from this server's own pages. Programs use an API key (Authorization: Bearer); behind a proxy that changes the host, set BLOCKSMITH_PUBLIC_URL.`,
    );
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
