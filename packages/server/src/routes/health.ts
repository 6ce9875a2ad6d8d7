import type { FastifyInstance } from 'fastify';
import type { Platform } from '../platform.ts';

/** Liveness, readiness (the database answers) and Prometheus metrics. */
export async function healthRoutes(app: FastifyInstance, { store, metrics }: Platform): Promise<void> {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['operations'], summary: 'Readiness: the database answers' } }, async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ready', database: store.connection.dialect };
    } catch (error) {
      return reply.status(503).send({ status: 'unavailable', error: `The database does not answer: ${(error as Error).message}` });
    }
  });

  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics' } }, async (_request, reply) =>
    reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}
