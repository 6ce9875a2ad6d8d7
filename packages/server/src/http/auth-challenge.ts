import type { FastifyInstance } from 'fastify';

/**
 * Every 401 names how to authenticate (RFC 9110 requires `WWW-Authenticate`):
 * a bearer token — an API key, or a metrics scraper's token. Clients that
 * find none (an MCP client, for one) guess, and may start an OAuth flow this
 * server does not offer.
 */
export function challengeUnauthenticated(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 401 && !reply.hasHeader('www-authenticate')) reply.header('www-authenticate', 'Bearer realm="blocksmith"');
    return payload;
  });
}
