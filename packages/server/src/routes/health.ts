import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { errorBody } from '../http/error-wire.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { firstUnready } from '../platform/readiness.ts';
import { liveness, readiness, unready } from '../wire/health.ts';

/** Liveness, readiness (the database and, in scale-out, Redis answer) and Prometheus metrics. */
export async function healthRoutes(app: FastifyInstance, { store, metrics, checks, config }: Platform): Promise<void> {
  app.get('/healthz', doc('operations', 'Liveness', { operationId: 'getLiveness', public: true, responses: { 200: liveness } }), async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    doc('operations', 'Readiness: the database (and in scale-out Redis) answers', {
      operationId: 'getReadiness',
      public: true,
      responses: { 200: readiness, 503: unready },
    }),
    async (_request, reply) => {
      try {
        await store.ping();
      } catch (error) {
        return reply.status(503).send({ status: 'unavailable', error: `The database does not answer: ${(error as Error).message}` });
      }
      const problem = await firstUnready(checks);
      if (problem) return reply.status(503).send({ status: 'unavailable', error: problem });
      return { status: 'ready', database: store.connection.dialect, ...Object.fromEntries(Object.keys(checks).map((name) => [name, 'ok'])) };
    },
  );

  app.get(
    '/metrics',
    doc('operations', 'Prometheus metrics, for a scraper with Authorization: Bearer <BLOCKSMITH_METRICS_TOKEN>', {
      operationId: 'getMetrics',
      public: true,
      responses: { 200: { description: 'Metrics in the Prometheus text format.', content: { 'text/plain': { type: 'string' } } } },
    }),
    async (request, reply) => {
      if (!config.metricsToken) {
        return reply
          .status(401)
          .send(errorBody('metrics_off', 'Metrics are off on this server: set BLOCKSMITH_METRICS_TOKEN and scrape with Authorization: Bearer <token>.'));
      }
      if (!bearerMatches(request, config.metricsToken)) {
        return reply.status(401).send(errorBody('unauthorized', 'Metrics need Authorization: Bearer <BLOCKSMITH_METRICS_TOKEN>.'));
      }
      return reply.header('content-type', metrics.registry.contentType).send(await metrics.text());
    },
  );
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function bearerMatches(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}
