import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { presetAnswer, presetList } from '../wire/triggers.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const runInputs = z.record(z.string(), z.unknown()).describe("Values for the graph's Input blocks, by name.");
const createBody = z.object({ name: z.string().trim().min(1, 'must not be empty').max(200), inputs: runInputs }).strict();
const patchBody = createBody.partial();

/**
 * Refuses input names the graph's latest version has no Input block for, naming the ones it has. An Input
 * block is a block of kind `input`, as the engine counts run inputs; the graph may be a draft, so it is read
 * here rather than compiled.
 */
export async function checkInputNames(
  { store, registry }: Pick<Platform, 'store' | 'registry'>,
  userId: string,
  graphId: string,
  inputs: Record<string, unknown>,
  field: string,
): Promise<void> {
  const found = await store.graphs.version(userId, graphId);
  if (!found) throw notFound(`Graph ${graphId}`);
  const names = found.graph.nodes
    .filter((n) => registry.get(n.block)?.kind === 'input' && typeof n.inputs?.name === 'string')
    .map((n) => n.inputs!.name as string);
  const unknown = Object.keys(inputs).filter((name) => !names.includes(name));
  if (unknown.length) {
    throw new ApiError(
      400,
      'invalid_inputs',
      `${field}: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an Input block of this graph; its inputs are: ${names.join(', ') || '(none)'}.`,
    );
  }
}

/** Presets: named run inputs of a graph, to start runs with by hand, from schedules and from webhooks. */
export async function presetRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store } = platform;
  app.post(
    '/api/graphs/:id/presets',
    doc('presets', 'Save a named set of run inputs for a graph', {
      operationId: 'createPreset',
      params: idParam,
      body: createBody,
      responses: { 201: presetAnswer },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(createBody, request.body, 'body');
      await checkInputNames(platform, request.userId, id, body.inputs, 'inputs');
      return reply.status(201).send({ preset: await store.presets.create(request.userId, id, body) });
    },
  );

  app.get(
    '/api/graphs/:id/presets',
    doc('presets', "A graph's presets", { operationId: 'listPresets', params: idParam, responses: { 200: presetList } }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.graphs.summary(request.userId, id))) throw notFound(`Graph ${id}`);
      return { presets: await store.presets.list(request.userId, id) };
    },
  );

  app.patch(
    '/api/presets/:id',
    doc('presets', 'Rename a preset or change its inputs', {
      operationId: 'changePreset',
      params: idParam,
      body: patchBody,
      responses: { 200: presetAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(patchBody, request.body, 'body');
      const preset = await store.presets.get(request.userId, id);
      if (!preset) throw notFound(`Preset ${id}`);
      if (body.inputs) await checkInputNames(platform, request.userId, preset.graphId, body.inputs, 'inputs');
      return { preset: await store.presets.update(request.userId, id, body) };
    },
  );

  app.delete(
    '/api/presets/:id',
    doc('presets', 'Delete a preset (schedules that used it run with no inputs)', { operationId: 'deletePreset', params: idParam, responses: { 204: null } }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.presets.delete(request.userId, id))) throw notFound(`Preset ${id}`);
      return reply.status(204).send();
    },
  );
}
