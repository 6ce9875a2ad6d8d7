import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { pinOutputs } from '../runs/pinning.ts';
import { pinAnswer, pinBody, pinList } from '../wire/pins.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const nodeParams = z.object({ id: z.string().min(1).max(100), nodeId: z.string().min(1).max(200) });

/** Outputs pinned on an agent's nodes: what runs from the editor put out instead of running them (docs/semantics.md rule 16). */
export async function pinRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store } = platform;

  app.get(
    '/api/graphs/:id/pins',
    doc('graphs', "The outputs pinned on the agent's nodes", {
      operationId: 'listPins',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: pinList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const pins = await store.pins.list(request.workspaceId, id);
      if (!pins) throw notFound(`Graph ${id}`);
      return { pins };
    },
  );

  app.put(
    '/api/graphs/:id/pins/:nodeId',
    doc('graphs', 'Pin outputs on a node (taken from a run, or typed): runs from the editor put them out instead of running it', {
      operationId: 'pinOutputs',
      access: { needs: 'build', on: 'graph' },
      params: nodeParams,
      body: pinBody,
      responses: { 200: pinAnswer },
    }),
    async (request) => {
      const { id, nodeId } = parseWith(nodeParams, request.params, 'params');
      const body = parseWith(pinBody, request.body, 'body');
      return { pin: await pinOutputs(platform, request.workspaceId, id, nodeId, body) };
    },
  );

  app.delete(
    '/api/graphs/:id/pins/:nodeId',
    doc('graphs', 'Unpin a node', { operationId: 'unpinOutputs', access: { needs: 'build', on: 'graph' }, params: nodeParams, responses: { 204: null } }),
    async (request, reply) => {
      const { id, nodeId } = parseWith(nodeParams, request.params, 'params');
      if (!(await store.pins.delete(request.workspaceId, id, nodeId))) throw notFound(`A pin on node ${nodeId} of graph ${id}`);
      return reply.status(204).send();
    },
  );
}
