import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ApiError, notFound, parseWith } from '../errors.ts';
import { doc } from '../openapi.ts';
import type { Platform } from '../platform.ts';

const graphParam = z.object({ id: z.string().min(1).max(100) });
const createBody = z.object({ name: z.string().trim().min(1).max(100).default('webhook') }).strict();
const tokenParam = z.object({ token: z.string().min(10).max(200) });
const hookQuery = z
  .object({
    wait: z.enum(['true', 'false', '1', '0']).optional().describe('Answer when the run ends, with its outputs.'),
    timeout_ms: z.coerce.number().int().min(1).max(300_000).default(30_000),
  })
  .strict();
const hookBody = z.record(z.string(), z.unknown(), { error: 'The body must be a JSON object whose keys name the Input blocks.' });

/** Managing webhooks (signed in), and the public trigger whose secret token is the credential. */
export async function webhookManagementRoutes(app: FastifyInstance, { store, config }: Platform): Promise<void> {
  app.post(
    '/api/graphs/:id/webhooks',
    doc('webhooks', 'Create a webhook for a graph; its absolute URL and path (with the secret token) are in this response only', {
      params: graphParam,
      body: createBody,
    }),
    async (request, reply) => {
      const { id } = parseWith(graphParam, request.params, 'params');
      const { name } = parseWith(createBody, request.body ?? {}, 'body');
      if (!(await store.graphs.summary(request.userId, id))) throw notFound(`Graph ${id}`);
      const token = newToken('bsh_');
      const webhook = await store.webhooks.create(request.userId, id, name, hashToken(token));
      const path = `/api/hooks/${token}`;
      // The absolute URL is what a person pastes into another service; behind a proxy, BLOCKSMITH_PUBLIC_URL says the outside address.
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      return reply.status(201).send({ webhook, url: `${base}${path}`, path });
    },
  );

  app.get('/api/graphs/:id/webhooks', doc('webhooks', "List a graph's webhooks", { params: graphParam }), async (request) => {
    const { id } = parseWith(graphParam, request.params, 'params');
    if (!(await store.graphs.summary(request.userId, id))) throw notFound(`Graph ${id}`);
    return { webhooks: await store.webhooks.list(request.userId, id) };
  });

  app.delete('/api/webhooks/:id', doc('webhooks', 'Delete a webhook', { params: graphParam }), async (request, reply) => {
    const { id } = parseWith(graphParam, request.params, 'params');
    if (!(await store.webhooks.delete(request.userId, id))) throw notFound(`Webhook ${id}`);
    return reply.status(204).send();
  });
}

export async function webhookTriggerRoutes(app: FastifyInstance, { store, runs, config }: Platform): Promise<void> {
  app.post(
    '/api/hooks/:token',
    {
      ...doc('webhooks', 'Start a run: the JSON body gives the run inputs; ?wait=true answers with the outputs when it ends', {
        params: tokenParam,
        query: hookQuery,
        body: hookBody,
      }),
      config: { rateLimit: { max: config.webhookRatePerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token } = parseWith(tokenParam, request.params, 'params');
      const query = parseWith(hookQuery, request.query, 'query');
      const inputs = parseWith(hookBody, request.body ?? {}, 'body');
      const target = await store.webhooks.resolve(hashToken(token));
      if (!target) throw new ApiError(404, 'not_found', 'No webhook has this URL; it may have been deleted.');
      const handle = await runs.start(target.userId, target.graphId, inputs, { trigger: { kind: 'webhook', webhookId: target.webhookId } });
      if (query.wait !== 'true' && query.wait !== '1') return reply.status(202).send({ runId: handle.runId, status: handle.record.status });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), query.timeout_ms)));
      const outcome = await Promise.race([handle.done, timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        return reply.status(504).send({
          runId: handle.runId,
          status: 'RUNNING',
          error: {
            code: 'timeout',
            message: `The run did not finish within ${query.timeout_ms} ms; it goes on — follow it with GET /api/runs/${handle.runId}.`,
          },
        });
      }
      // A run that failed is the graph's outcome, not a server fault: 422 with the run's error.
      return reply
        .status(outcome.status === 'COMPLETED' ? 200 : 422)
        .send({ runId: outcome.id, status: outcome.status, outputs: outcome.outputs, ...(outcome.error ? { error: outcome.error } : {}) });
    },
  );
}
