import type { MessageTriggerFields } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import { aliasName } from '../wire/releases.ts';
import { messageBroker, messageTriggerAnswer, messageTriggerList } from '../wire/triggers.ts';
import { checkTriggerInputs } from '../runs/trigger-inputs.ts';

const BROKER_NAMES = { amqp: 'RabbitMQ', mqtt: 'MQTT', nats: 'NATS', redis: 'Redis stream' } as const;

const idParam = z.object({ id: z.string().min(1).max(100) });
const fields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    broker: messageBroker,
    credentialId: z.string().min(1).max(100).describe('A credential of the kind named by broker (amqp, mqtt, nats or redis)'),
    source: z
      .string()
      .min(1)
      .max(1024)
      .refine((s) => !s.includes('\u0000'), 'must not hold a NUL character')
      .describe(
        'What to consume: a queue (RabbitMQ; made, durable, when it does not exist), a topic filter (MQTT; + and # allowed), a subject a JetStream stream captures (NATS; * and > allowed) or a stream key (Redis)',
      ),
    input: z.string().min(1).max(200).describe('The Input block each message goes to (default "message")'),
    presetId: z.string().min(1).max(100).describe("The rest of each run's inputs come from this preset of the agent"),
    alias: aliasName.describe("Run the version this alias points at; absent: the production alias's when the agent has one, else the latest"),
    enabled: z.boolean(),
  })
  .strict();
const createBody = fields.partial({ name: true, input: true, presetId: true, alias: true, enabled: true });
const patchBody = fields
  .omit({ broker: true })
  .partial()
  .extend({ presetId: fields.shape.presetId.nullable().optional(), alias: fields.shape.alias.nullable().optional() });

/** Message triggers: an agent run per message of a RabbitMQ queue, an MQTT topic, a NATS JetStream subject or a Redis stream (docs/api.md, docs/semantics.md). */
export async function messageTriggerRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, messageTriggers } = platform;
  const invalid = (message: string) => new ApiError(400, 'invalid_trigger', message);

  /** What a trigger's runs start with must be what the agent needs, and its credential a broker of its kind in this workspace. */
  const check = async (workspaceId: string, graphId: string, setup: MessageTriggerFields) => {
    const credential = await store.credentials.encrypted(workspaceId, setup.credentialId);
    if (!credential) throw invalid(`credentialId: no credential ${setup.credentialId} in this workspace; add one of kind ${setup.broker} first.`);
    if (credential.kind !== setup.broker) {
      throw invalid(`credentialId: "${credential.name}" is a ${credential.kind} credential; a ${setup.broker} trigger needs one of kind ${setup.broker}.`);
    }
    if (setup.broker === 'amqp' && Buffer.byteLength(setup.source) > 255) throw invalid('source: a RabbitMQ queue name has at most 255 bytes.');
    if (setup.alias !== undefined) await versionToRun(store, workspaceId, graphId, { alias: setup.alias, trigger: { kind: 'manual' } });
    const preset = setup.presetId === undefined ? undefined : await store.presets.ofGraph(workspaceId, graphId, setup.presetId);
    if (setup.presetId !== undefined && !preset) throw invalid(`presetId: no preset ${setup.presetId} of this agent.`);
    if (!setup.enabled) return;
    // The message is given at run time; with the preset's inputs it must be all the agent needs.
    const inputs = { ...(preset?.inputs ?? {}), [setup.input]: '(each message)' };
    await checkTriggerInputs(platform, workspaceId, graphId, inputs, {
      field: preset ? `input and presetId (the preset "${preset.name}")` : 'input',
      complete: true,
      trigger: { alias: setup.alias },
    });
  };

  app.post(
    '/api/graphs/:id/message-triggers',
    doc(
      'triggers',
      "Start a run of the agent for each message of a RabbitMQ queue, an MQTT topic, a NATS JetStream subject or a Redis stream; the message is the run's input",
      {
        operationId: 'createMessageTrigger',
        access: { needs: 'build', on: 'graph' },
        params: idParam,
        body: createBody,
        responses: { 201: messageTriggerAnswer },
      },
    ),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(createBody, request.body, 'body');
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      const setup: MessageTriggerFields = {
        name: body.name ?? `${BROKER_NAMES[body.broker]} ${body.source}`,
        input: 'message',
        enabled: true,
        ...body,
      };
      await check(request.workspaceId, id, setup);
      const trigger = await store.messageTriggers.create(request.owner, id, setup);
      await messageTriggers.reconcile();
      return reply.status(201).send({ trigger: (await store.messageTriggers.get(request.workspaceId, trigger.id)) ?? trigger });
    },
  );

  app.get(
    '/api/message-triggers',
    doc('triggers', "The workspace's message triggers, with what each one's consumer last found", {
      operationId: 'listMessageTriggers',
      access: { needs: 'read' },
      responses: { 200: messageTriggerList },
    }),
    async (request) => ({ triggers: await store.messageTriggers.list(request.workspaceId) }),
  );

  app.get(
    '/api/graphs/:id/message-triggers',
    doc('triggers', "An agent's message triggers", {
      operationId: 'listGraphMessageTriggers',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: messageTriggerList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return { triggers: await store.messageTriggers.list(request.workspaceId, id) };
    },
  );

  app.get(
    '/api/message-triggers/:id',
    doc('triggers', 'A message trigger: listening, or why not, and the run its latest message started', {
      operationId: 'getMessageTrigger',
      access: { needs: 'read', on: 'messageTrigger' },
      params: idParam,
      responses: { 200: messageTriggerAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const trigger = await store.messageTriggers.get(request.workspaceId, id);
      if (!trigger) throw notFound(`Message trigger ${id}`);
      return { trigger };
    },
  );

  app.patch(
    '/api/message-triggers/:id',
    doc('triggers', 'Change a message trigger; disabling it stops its consumer (messages then wait at the broker)', {
      operationId: 'changeMessageTrigger',
      access: { needs: 'build', on: 'messageTrigger' },
      params: idParam,
      body: patchBody,
      responses: { 200: messageTriggerAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(patchBody, request.body, 'body');
      const current = await store.messageTriggers.get(request.workspaceId, id);
      if (!current) throw notFound(`Message trigger ${id}`);
      const { presetId, alias, ...rest } = body;
      const change: Partial<MessageTriggerFields> = {
        ...rest,
        ...(presetId !== undefined ? { presetId: presetId ?? undefined } : {}),
        ...(alias !== undefined ? { alias: alias ?? undefined } : {}),
      };
      await check(request.workspaceId, current.graphId, { ...current, ...change });
      await store.messageTriggers.update(request.workspaceId, id, change);
      await messageTriggers.reconcile();
      return { trigger: (await store.messageTriggers.get(request.workspaceId, id))! };
    },
  );

  app.delete(
    '/api/message-triggers/:id',
    doc('triggers', 'Delete a message trigger; its consumer stops (within seconds on other servers)', {
      operationId: 'deleteMessageTrigger',
      access: { needs: 'build', on: 'messageTrigger' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.messageTriggers.delete(request.workspaceId, id))) throw notFound(`Message trigger ${id}`);
      await messageTriggers.reconcile();
      return reply.status(204).send();
    },
  );
}
