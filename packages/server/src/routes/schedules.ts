import type { Schedule, ScheduleFields } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { CronSchedule } from '../schedules/cron.ts';
import { checkTriggerInputs } from './trigger-inputs.ts';
import { scheduleFires, scheduleList, shownSchedule } from '../wire/triggers.ts';
import { aliasName } from '../wire/releases.ts';
import { versionToRun } from '../releases/version-to-run.ts';

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
  const cronOf = (cron: string, timezone: string): CronSchedule => {
    const parsed = CronSchedule.parse(cron, timezone);
    if (!(parsed instanceof CronSchedule))
      throw new ApiError(400, 'invalid_schedule', `The schedule is invalid: ${parsed.problems.join(' ')}`, parsed.problems);
    return parsed;
  };
  /** Schedules as the API shows them: with their next five fire times (none while disabled) and how their latest fire went (one read for all). */
  const shownAll = async (schedules: Schedule[]) => {
    const lastFires = await store.schedules.latestFires(schedules.map((s) => s.id));
    return schedules.map((schedule) => ({
      schedule,
      lastFire: lastFires.get(schedule.id) ?? null,
      nextRuns: schedule.enabled
        ? cronOf(schedule.cron, schedule.timezone)
            .next(5, Date.now())
            .map((t) => new Date(t).toISOString())
        : [],
    }));
  };
  const shown = async (schedule: Schedule) => (await shownAll([schedule]))[0]!;
  /** A schedule's runs get its inputs or its preset's, and nothing else: they must be all the agent needs. */
  const checkRunWith = async (
    workspaceId: string,
    graphId: string,
    runWith: { inputs?: Record<string, unknown> | undefined; presetId?: string | undefined; alias?: string | undefined },
  ) => {
    const preset = runWith.presetId === undefined ? undefined : await store.presets.ofGraph(workspaceId, graphId, runWith.presetId);
    if (runWith.presetId !== undefined && !preset) throw new ApiError(400, 'invalid_schedule', `presetId: no preset ${runWith.presetId} of this graph.`);
    const [inputs, field] = preset ? [preset.inputs, `presetId (the preset "${preset.name}")`] : [runWith.inputs ?? {}, 'inputs'];
    await checkTriggerInputs(platform, workspaceId, graphId, inputs, { field, complete: true, trigger: { alias: runWith.alias } });
  };
  const eitherInputsOrPreset = (body: { inputs?: unknown; presetId?: unknown }) => {
    if (body.inputs && body.presetId) throw new ApiError(400, 'invalid_schedule', 'Give the schedule either inputs or a presetId, not both.');
  };

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
      const cron = cronOf(body.cron, body.timezone);
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      eitherInputsOrPreset(body);
      if (body.alias !== undefined) await versionToRun(store, request.workspaceId, id, { alias: body.alias, trigger: { kind: 'manual' } });
      const created: ScheduleFields = { name: body.name ?? body.cron, enabled: true, catchUp: 'skip', overlap: 'allow', ...body };
      if (created.enabled) await checkRunWith(request.workspaceId, id, created);
      const schedule = await store.schedules.create(request.owner, id, created, created.enabled ? cron.after(Date.now()) : undefined);
      return reply.status(201).send(await shown(schedule));
    },
  );

  app.get(
    '/api/schedules',
    doc('schedules', 'All your schedules, with their next fire times', {
      operationId: 'listSchedules',
      access: { needs: 'read' },
      responses: { 200: scheduleList },
    }),
    async (request) => ({
      schedules: await shownAll(await store.schedules.list(request.workspaceId)),
    }),
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
      if (!(await store.graphs.summary(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return { schedules: await shownAll(await store.schedules.list(request.workspaceId, id)) };
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
      const current = await store.schedules.get(request.workspaceId, id);
      if (!current) throw notFound(`Schedule ${id}`);
      const cron = cronOf(body.cron ?? current.cron, body.timezone ?? current.timezone);
      eitherInputsOrPreset(body);
      const { inputs, presetId, alias, ...rest } = body;
      if (alias) await versionToRun(store, request.workspaceId, current.graphId, { alias, trigger: { kind: 'manual' } });
      const change: Partial<ScheduleFields> = {
        ...rest,
        ...(alias !== undefined ? { alias: alias ?? undefined } : {}),
        ...(inputs !== undefined ? { inputs: inputs ?? undefined, ...(inputs ? { presetId: undefined } : {}) } : {}),
        ...(presetId !== undefined ? { presetId: presetId ?? undefined, ...(presetId ? { inputs: undefined } : {}) } : {}),
      };
      const enabled = body.enabled ?? current.enabled;
      // A paused schedule runs nothing: pausing one whose agent changed since is always possible.
      if (enabled) await checkRunWith(request.workspaceId, current.graphId, { ...current, ...change });
      const schedule = await store.schedules.update(request.workspaceId, id, change, enabled ? cron.after(Date.now()) : undefined);
      return await shown(schedule!);
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
      if (!(await store.schedules.delete(request.workspaceId, id))) throw notFound(`Schedule ${id}`);
      return reply.status(204).send();
    },
  );
}
