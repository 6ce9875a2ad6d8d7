import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { savePreset } from '../runs/presets.ts';
import { checkTriggerInputs } from '../runs/trigger-inputs.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { presetAnswer, presetList } from '../wire/triggers.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const runInputs = z.record(z.string(), z.unknown()).describe("Values for the graph's Input blocks, by name.");
const createBody = z.object({ name: z.string().trim().min(1, 'must not be empty').max(200), inputs: runInputs }).strict();
const patchBody = createBody.partial();

/** Presets: named run inputs of a graph, to start runs with by hand, from schedules and from webhooks. */
export async function presetRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store } = platform;
  app.post(
    '/api/graphs/:id/presets',
    doc('presets', 'Save a named set of run inputs for a graph', {
      operationId: 'createPreset',
      access: { needs: 'build', on: 'graph' },
      params: idParam,
      body: createBody,
      responses: { 201: presetAnswer },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(createBody, request.body, 'body');
      return reply.status(201).send({ preset: await savePreset(platform, request.owner, id, body) });
    },
  );

  app.get(
    '/api/graphs/:id/presets',
    doc('presets', "A graph's presets", {
      operationId: 'listPresets',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: presetList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return { presets: await store.presets.list(request.workspaceId, id) };
    },
  );

  app.patch(
    '/api/presets/:id',
    doc('presets', 'Rename a preset or change its inputs', {
      operationId: 'changePreset',
      access: { needs: 'build', on: 'preset' },
      params: idParam,
      body: patchBody,
      responses: { 200: presetAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(patchBody, request.body, 'body');
      const preset = await store.presets.get(request.workspaceId, id);
      if (!preset) throw notFound(`Preset ${id}`);
      if (body.inputs) await checkTriggerInputs(platform, request.workspaceId, preset.graphId, body.inputs, { field: 'inputs' });
      return { preset: await store.presets.update(request.workspaceId, id, body) };
    },
  );

  app.delete(
    '/api/presets/:id',
    doc('presets', 'Delete a preset (schedules that used it run with no inputs)', {
      operationId: 'deletePreset',
      access: { needs: 'build', on: 'preset' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.presets.delete(request.workspaceId, id))) throw notFound(`Preset ${id}`);
      return reply.status(204).send();
    },
  );
}
