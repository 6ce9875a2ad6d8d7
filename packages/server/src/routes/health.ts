import type { FastifyInstance } from 'fastify';
import type { Platform } from '../platform/platform.ts';

/** Liveness, readiness (the database and, in scale-out, Redis answer) and Prometheus metrics. */
export async function healthRoutes(app: FastifyInstance, { store, metrics, checks }: Platform): Promise<void> {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['operations'], summary: 'Readiness: the database (and in scale-out Redis) answers' } }, async (_request, reply) => {
    try {
      await store.ping();
    } catch (error) {
      return reply.status(503).send({ status: 'unavailable', error: `The database does not answer: ${(error as Error).message}` });
    }
    for (const [name, check] of Object.entries(checks)) {
      try {
        await withinMs(CHECK_TIMEOUT_MS, check());
      } catch (error) {
        return reply.status(503).send({ status: 'unavailable', error: `${name} does not answer: ${(error as Error).message}` });
      }
    }
    return { status: 'ready', database: store.connection.dialect, ...Object.fromEntries(Object.keys(checks).map((name) => [name, 'ok'])) };
  });

  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics' } }, async (_request, reply) =>
    reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}

/** A dependency that does not answer within this is reported down rather than left hanging. */
const CHECK_TIMEOUT_MS = 2000;

function withinMs<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
