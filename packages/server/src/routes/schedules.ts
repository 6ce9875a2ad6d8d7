import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { ScheduleService } from '../schedules/schedule-service.ts';
import { scheduleFires, scheduleList, shownSchedule } from '../wire/triggers.ts';
import { aliasName } from '../wire/releases.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const fields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    cron: z.string().min(1).max(200).describe('5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first'),
    timezone: z.string().min(1).max(100).describe('IANA time zone, e.g. Europe/Berlin'),
    inputs: z.record(z.string(), z.unknown()).describe('Run inputs by Input-block name (or give presetId)'),
    presetId: z.string().min(1).max(100).describe('Run with this preset of the graph (or give inputs)'),
    alias: aliasName.describe("Run the version this alias points at; absent: the production alias's when the agent has one, else the latest"),
    enabled: z.boolean(),
    catchUp: z.enum(['skip', 'latest']).describe("A fire time missed while the platform was down: 'skip' it (default) or run the 'latest' one once"),
    overlap: z.enum(['allow', 'skip']).describe("A fire while the last run still goes: 'allow' another (default) or 'skip' it"),
  })
  .strict();
const createBody = fields.partial({ name: true, inputs: true, presetId: true, alias: true, enabled: true, catchUp: true, overlap: true });
const patchBody = fields.partial().extend({
  inputs: fields.shape.inputs.nullable().optional(),
  presetId: fields.shape.presetId.nullable().optional(),
  alias: fields.shape.alias.nullable().optional(),
});

/** Schedules: cron fires of a graph, each starting one run with the schedule's inputs or preset. */
export async function scheduleRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store } = platform;
  const schedules = new ScheduleService(platform);

  app.post(
    '/api/graphs/:id/schedules',
    doc('schedules', 'Schedule runs of a graph; answers with the next 5 fire times', {
      operationId: 'createSchedule',
      access: { needs: 'build', on: 'graph' },
      params: idParam,
      body: createBody,
      responses: { 201: shownSchedule },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(createBody, request.body, 'body');
      return reply.status(201).send(await schedules.create(request.owner, id, body));
    },
  );

  app.get(
    '/api/schedules',
    doc('schedules', 'All your schedules, with their next fire times', {
      operationId: 'listSchedules',
      access: { needs: 'read' },
      responses: { 200: scheduleList },
    }),
    async (request) => ({ schedules: await schedules.list(request.workspaceId) }),
  );

  app.get(
    '/api/graphs/:id/schedules',
    doc('schedules', "A graph's schedules, with their next fire times", {
      operationId: 'listGraphSchedules',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: scheduleList },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { schedules: await schedules.list(request.workspaceId, id) };
    },
  );

  app.get(
    '/api/schedules/:id/fires',
    doc('schedules', "A schedule's recent fire times: the run each started, or why it did not", {
      operationId: 'listScheduleFires',
      access: { needs: 'read', on: 'schedule' },
      params: idParam,
      responses: { 200: scheduleFires },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.schedules.get(request.workspaceId, id))) throw notFound(`Schedule ${id}`);
      return { fires: await store.schedules.fires(id) };
    },
  );

  app.patch(
    '/api/schedules/:id',
    doc('schedules', 'Change a schedule; disabling it stops its fires at once', {
      operationId: 'changeSchedule',
      access: { needs: 'build', on: 'schedule' },
      params: idParam,
      body: patchBody,
      responses: { 200: shownSchedule },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(patchBody, request.body, 'body');
      return await schedules.change(request.workspaceId, id, body);
    },
  );

  app.delete(
    '/api/schedules/:id',
    doc('schedules', 'Delete a schedule; it fires no more, on any server', {
      operationId: 'deleteSchedule',
      access: { needs: 'build', on: 'schedule' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await schedules.delete(request.workspaceId, id);
      return reply.status(204).send();
    },
  );
}
