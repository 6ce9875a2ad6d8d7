import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_MEMORIES, memoryText, remember } from '../copilot/copilot-memories.ts';
import { parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { memoryAnswer, memoryList } from '../wire/copilot.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const createBody = z.object({ text: memoryText }).strict();

/** What the copilot remembers about the signed-in member in this workspace: theirs alone to read, add to and delete. */
export async function copilotMemoryRoutes(app: FastifyInstance, { store }: Platform): Promise<void> {
  app.get(
    '/api/copilot/memories',
    doc('copilot', 'What the copilot remembers about you here, newest first', {
      operationId: 'listCopilotMemories',
      access: { needs: 'build' },
      responses: { 200: memoryList },
    }),
    async (request) => ({ memories: await store.copilotMemories.list(request.owner, MAX_MEMORIES) }),
  );

  app.post(
    '/api/copilot/memories',
    doc('copilot', 'Tell the copilot something to remember about you', {
      operationId: 'addCopilotMemory',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: memoryAnswer },
    }),
    async (request, reply) => {
      const { text } = parseWith(createBody, request.body, 'body');
      return reply.status(201).send({ memory: await remember(store, request.owner, text) });
    },
  );

  app.delete(
    '/api/copilot/memories/:id',
    doc('copilot', 'Delete a memory', {
      operationId: 'deleteCopilotMemory',
      access: { needs: 'build', on: 'copilotMemory' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      // Another member's memory in the same workspace is as missing as one that never was.
      if (!(await store.copilotMemories.delete(request.owner, id))) throw notFound(`Memory ${id}`);
      return reply.status(204).send();
    },
  );
}
