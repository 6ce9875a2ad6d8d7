import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { TurnMessage } from '../copilot/copilot-service.ts';
import { parseWith } from '../http/errors.ts';
import { streamEvents } from '../http/event-stream.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { copilotSessionDetail, sessionAnswer, sessionList, stopAnswer } from '../wire/copilot.ts';
import { publicOrigin } from '../http/public-origin.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const createBody = z
  .object({
    credentialId: z.string().min(1).max(100).optional().describe('The model credential; none: your only model credential.'),
    model: z.string().min(1).max(200).optional().describe('Model id, e.g. "gpt-4o-mini"; default gpt-4o-mini.'),
    graphId: z.string().min(1).max(100).optional().describe('The agent the session works on (the builder’s copilot panel).'),
  })
  .strict();
const patchBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    credentialId: z.string().min(1).max(100).nullable().optional(),
    model: z.string().min(1).max(200).optional(),
  })
  .strict();
const messageBody = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(20_000),
    fileIds: z.array(z.string().min(1).max(100)).max(20).optional().describe('Workspace files to attach.'),
  })
  .strict();

/** The copilot: chat sessions whose turns stream as server-sent events. */
export async function copilotRoutes(app: FastifyInstance, { copilot, config }: Platform): Promise<void> {
  app.post(
    '/api/copilot/sessions',
    doc('copilot', 'Start a copilot session', {
      operationId: 'createCopilotSession',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: sessionAnswer },
    }),
    async (request, reply) => {
      const body = parseWith(createBody, request.body ?? {}, 'body');
      return reply.status(201).send({ session: await copilot.create(request.owner, body) });
    },
  );

  app.get(
    '/api/copilot/sessions',
    doc('copilot', 'Your copilot sessions, latest first', { operationId: 'listCopilotSessions', access: { needs: 'build' }, responses: { 200: sessionList } }),
    async (request) => ({
      sessions: await copilot.list(request.workspaceId),
    }),
  );

  app.get(
    '/api/copilot/sessions/:id',
    doc('copilot', 'A session: its messages, tool calls and artifacts', {
      operationId: 'getCopilotSession',
      access: { needs: 'build', on: 'copilotSession' },
      params: idParam,
      responses: { 200: copilotSessionDetail },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return copilot.get(request.workspaceId, id);
    },
  );

  app.patch(
    '/api/copilot/sessions/:id',
    doc('copilot', 'Rename a session, or change its model', {
      operationId: 'changeCopilotSession',
      access: { needs: 'build', on: 'copilotSession' },
      params: idParam,
      body: patchBody,
      responses: { 200: sessionAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { session: await copilot.update(request.workspaceId, id, parseWith(patchBody, request.body, 'body')) };
    },
  );

  app.delete(
    '/api/copilot/sessions/:id',
    doc('copilot', 'Delete a session', {
      operationId: 'deleteCopilotSession',
      access: { needs: 'build', on: 'copilotSession' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await copilot.delete(request.workspaceId, id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/copilot/sessions/:id/stop',
    doc('copilot', "Stop the session's turn; what it did so far stays", {
      operationId: 'stopCopilot',
      access: { needs: 'build', on: 'copilotSession' },
      params: idParam,
      responses: { 200: stopAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await copilot.stop(request.workspaceId, id);
      return { stopped: true };
    },
  );

  app.post(
    '/api/copilot/sessions/:id/messages',
    doc('copilot', 'Say something; the turn answers as text/event-stream (delta, tool_start, tool_end, step, usage, done or error)', {
      operationId: 'sayToCopilot',
      access: { needs: 'build', on: 'copilotSession' },
      params: idParam,
      body: messageBody,
      responses: {
        200: {
          description: 'The turn as server-sent events; each data line is one TurnMessage (JSON).',
          content: { 'text/event-stream': { type: 'string' } },
        },
      },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(messageBody, request.body, 'body');
      await streamEvents<TurnMessage>(reply, (send) => copilot.send(request.owner, id, body, send, publicOrigin(config, request)));
    },
  );
}
