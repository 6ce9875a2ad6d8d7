import { SIGNATURE_SCHEMES } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashToken } from '../auth/tokens.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import { signatureProblem } from '../webhooks/webhook-signature.ts';
import { createWebhook } from '../webhooks/create-webhook.ts';
import type { Platform } from '../platform/platform.ts';
import { createdWebhook, hookAnswer, slackChallenge, webhookList } from '../wire/triggers.ts';
import { aliasName } from '../wire/releases.ts';
import { publicOrigin } from '../http/public-origin.ts';

const graphParam = z.object({ id: z.string().min(1).max(100) });
const headerName = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'must be a header name, e.g. X-Hub-Signature-256');
const createBody = z
  .object({
    name: z.string().trim().min(1).max(100).default('webhook'),
    presetId: z.string().min(1).max(100).optional().describe("Start runs from this preset's inputs"),
    signature: z
      .object({
        secret: z.string().min(16, 'must be at least 16 characters').max(500),
        scheme: z
          .enum(SIGNATURE_SCHEMES)
          .default('github')
          .describe(
            "github: the header is sha256=<HMAC-SHA256 of the body>; slack: Slack's v0 signature with X-Slack-Request-Timestamp; stripe: Stripe-Signature's t=…,v1=… (the endpoint's whsec_ secret)",
          ),
        header: headerName.optional().describe('Default X-Hub-Signature-256 (github), X-Slack-Signature (slack) or Stripe-Signature (stripe)'),
      })
      .strict()
      .optional()
      .describe('Only signed calls start a run'),
    request: z
      .object({ headers: z.array(headerName).max(50).default([]) })
      .strict()
      .optional()
      .describe('Give the run the whole request as its `request` input ({ body, query, headers }) instead of the body keys as inputs'),
    alias: aliasName.optional().describe("Run the version this alias points at; absent: the production alias's when the agent has one, else the latest"),
  })
  .strict();
const tokenParam = z.object({ token: z.string().min(10).max(200) });
const hookQuery = z
  .object({
    wait: z.enum(['true', 'false', '1', '0']).optional().describe('Answer when the run ends, with its outputs.'),
    timeout_ms: z.coerce.number().int().min(1).max(300_000).default(30_000),
  })
  .strict();
const hookBody = z.record(z.string(), z.unknown(), { error: 'The body must be a JSON object whose keys name the Input blocks.' });

/** Managing webhooks (signed in), and the public trigger whose secret token is the credential. */
export async function webhookManagementRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, config } = platform;
  app.post(
    '/api/graphs/:id/webhooks',
    doc('webhooks', 'Create a webhook for a graph; its absolute URL and path (with the secret token) are in this response only', {
      operationId: 'createWebhook',
      access: { needs: 'build', on: 'graph' },
      params: graphParam,
      body: createBody,
      responses: { 201: createdWebhook },
    }),
    async (request, reply) => {
      const { id } = parseWith(graphParam, request.params, 'params');
      const { webhook, path } = await createWebhook(platform, request.owner, id, parseWith(createBody, request.body ?? {}, 'body'));
      // The absolute URL is what a person pastes into another service; behind a proxy, BLOCKSMITH_PUBLIC_URL says the outside address.
      const base = publicOrigin(config, request);
      return reply.status(201).send({ webhook, url: `${base}${path}`, path });
    },
  );

  app.get(
    '/api/graphs/:id/webhooks',
    doc('webhooks', "List a graph's webhooks", {
      operationId: 'listWebhooks',
      access: { needs: 'read', on: 'graph' },
      params: graphParam,
      responses: { 200: webhookList },
    }),
    async (request) => {
      const { id } = parseWith(graphParam, request.params, 'params');
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return { webhooks: await store.webhooks.list(request.workspaceId, id) };
    },
  );

  app.delete(
    '/api/webhooks/:id',
    doc('webhooks', 'Delete a webhook', {
      operationId: 'deleteWebhook',
      access: { needs: 'build', on: 'webhook' },
      params: graphParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(graphParam, request.params, 'params');
      if (!(await store.webhooks.delete(request.workspaceId, id))) throw notFound(`Webhook ${id}`);
      return reply.status(204).send();
    },
  );
}

/**
 * The public trigger: the secret token in the URL is the credential. JSON bodies are read here as bytes
 * first, so a signature can be checked against exactly what the sender signed.
 */
export async function webhookTriggerRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw: Buffer, done) => {
      rawBodies.set(request, raw);
      if (raw.length === 0) return done(null, {});
      try {
        done(null, JSON.parse(raw.toString('utf8')));
      } catch (error) {
        done(new ApiError(400, 'invalid_body', `The body is not valid JSON: ${(error as Error).message}`), undefined);
      }
    });
    await hookRoute(scope, platform);
  });
}

const rawBodies = new WeakMap<object, Buffer>();

async function hookRoute(app: FastifyInstance, { store, runs, config, vault }: Platform): Promise<void> {
  app.post(
    '/api/hooks/:token',
    doc('webhooks', 'Start a run: the JSON body gives the run inputs; ?wait=true answers with the outputs when it ends', {
      operationId: 'callWebhook',
      public: true,
      params: tokenParam,
      query: hookQuery,
      body: hookBody,
      responses: { 200: z.union([hookAnswer, slackChallenge]), 202: hookAnswer, 422: hookAnswer, 504: hookAnswer },
      rateLimit: { max: config.webhookRatePerMinute, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { token } = parseWith(tokenParam, request.params, 'params');
      const target = await store.webhooks.resolve(hashToken(token));
      if (!target) throw new ApiError(404, 'not_found', 'No webhook has this URL; it may have been deleted.');
      // A webhook that passes the request on leaves its other query parameters to the graph.
      const query = parseWith(hookQuery, target.request ? pickKeys(request.query, ['wait', 'timeout_ms']) : request.query, 'query');
      if (target.signature) {
        const header = request.headers[target.signature.header.toLowerCase()];
        const timestamp = request.headers['x-slack-request-timestamp'];
        const problem = signatureProblem(
          target.signature.scheme,
          {
            body: rawBodies.get(request) ?? Buffer.alloc(0),
            header: typeof header === 'string' ? header : undefined,
            headerName: target.signature.header,
            timestamp: typeof timestamp === 'string' ? timestamp : undefined,
          },
          vault.unseal(target.signature.encryptedSecret),
          Date.now(),
        );
        if (problem) throw new ApiError(401, 'invalid_signature', problem);
        // Slack checks a new Events API URL with a signed challenge, to be echoed; it starts no run.
        const slackCheck = request.body as { type?: unknown; challenge?: unknown } | undefined;
        if (target.signature.scheme === 'slack' && slackCheck?.type === 'url_verification' && typeof slackCheck.challenge === 'string') {
          return reply.status(200).send({ challenge: slackCheck.challenge });
        }
      }
      const given = target.request
        ? { request: { body: request.body ?? null, query: request.query, headers: pickHeaders(request.headers, target.request.headers) } }
        : parseWith(hookBody, request.body ?? {}, 'body');
      const preset = target.presetId === undefined ? undefined : await store.presets.get(target.workspaceId, target.presetId);
      const handle = await runs.start(
        { workspaceId: target.workspaceId, userId: target.userId },
        target.graphId,
        { ...preset?.inputs, ...given },
        { alias: target.alias, trigger: { kind: 'webhook', webhookId: target.webhookId } },
      );
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

function pickHeaders(headers: Record<string, string | string[] | undefined>, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return picked;
}

/** The webhook's own query parameters; the rest of the query belongs to the graph (`request.query`). */
function pickKeys(query: unknown, keys: string[]): Record<string, unknown> {
  const all = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
}
