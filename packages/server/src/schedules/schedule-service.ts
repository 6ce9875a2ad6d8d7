import type { Owner, Schedule, ScheduleFields, ScheduleFire } from '@blocksmith/store';
import type { Platform } from '../platform/platform.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import { checkTriggerInputs } from '../runs/trigger-inputs.ts';
import { CronSchedule } from './cron.ts';

/** A schedule as people see it: with its next five fire times (none while disabled) and how its latest fire went. */
export interface ShownSchedule {
  schedule: Schedule;
  nextRuns: string[];
  lastFire: ScheduleFire | null;
}

/** What a new schedule is given; the rest takes its defaults (named after its cron, enabled, skip missed fires, allow overlap). */
export type NewSchedule = Pick<ScheduleFields, 'cron' | 'timezone'> & Partial<Omit<ScheduleFields, 'cron' | 'timezone'>>;

/** A change of a schedule: `null` clears inputs, preset or alias. */
export type ScheduleChange = Partial<Omit<ScheduleFields, 'inputs' | 'presetId' | 'alias'>> & {
  inputs?: Record<string, unknown> | null | undefined;
  presetId?: string | null | undefined;
  alias?: string | null | undefined;
};

const invalid = (message: string, details?: unknown) => new Refusal('invalid', 'invalid_schedule', message, details);

function cronOf(cron: string, timezone: string): CronSchedule {
  const parsed = CronSchedule.parse(cron, timezone);
  if (!(parsed instanceof CronSchedule)) throw invalid(`The schedule is invalid: ${parsed.problems.join(' ')}`, parsed.problems);
  return parsed;
}

function eitherInputsOrPreset(body: { inputs?: unknown; presetId?: unknown }): void {
  if (body.inputs && body.presetId) throw invalid('Give the schedule either inputs or a presetId, not both.');
}

/**
 * Schedules of a workspace's agents, checked as they are saved so a fire does not fail later for want of
 * inputs; the API and the copilot both go through here.
 */
export class ScheduleService {
  constructor(private readonly platform: Pick<Platform, 'store' | 'registry'>) {}

  /** Schedules with their next fire times and latest fire (one read for all). */
  async shown(schedules: Schedule[]): Promise<ShownSchedule[]> {
    const lastFires = await this.platform.store.schedules.latestFires(schedules.map((s) => s.id));
    return schedules.map((schedule) => ({
      schedule,
      lastFire: lastFires.get(schedule.id) ?? null,
      nextRuns: schedule.enabled
        ? cronOf(schedule.cron, schedule.timezone)
            .next(5, Date.now())
            .map((t) => new Date(t).toISOString())
        : [],
    }));
  }

  async list(workspaceId: string, graphId?: string): Promise<ShownSchedule[]> {
    if (graphId !== undefined && !(await this.platform.store.graphs.summary(workspaceId, graphId))) throw notFound(`Graph ${graphId}`);
    return this.shown(await this.platform.store.schedules.list(workspaceId, graphId));
  }

  async create(owner: Owner, graphId: string, body: NewSchedule): Promise<ShownSchedule> {
    const { store } = this.platform;
    const cron = cronOf(body.cron, body.timezone);
    if (!(await store.graphs.summary(owner.workspaceId, graphId))) throw notFound(`Graph ${graphId}`);
    eitherInputsOrPreset(body);
    if (body.alias !== undefined) await versionToRun(store, owner.workspaceId, graphId, { alias: body.alias, trigger: { kind: 'manual' } });
    const created: ScheduleFields = { name: body.name ?? body.cron, enabled: true, catchUp: 'skip', overlap: 'allow', ...body };
    if (created.enabled) await this.checkRunWith(owner.workspaceId, graphId, created);
    const schedule = await store.schedules.create(owner, graphId, created, created.enabled ? cron.after(Date.now()) : undefined);
    return (await this.shown([schedule]))[0]!;
  }

  async change(workspaceId: string, id: string, body: ScheduleChange): Promise<ShownSchedule> {
    const { store } = this.platform;
    const current = await store.schedules.get(workspaceId, id);
    if (!current) throw notFound(`Schedule ${id}`);
    const cron = cronOf(body.cron ?? current.cron, body.timezone ?? current.timezone);
    eitherInputsOrPreset(body);
    const { inputs, presetId, alias, ...rest } = body;
    if (alias) await versionToRun(store, workspaceId, current.graphId, { alias, trigger: { kind: 'manual' } });
    const change: Partial<ScheduleFields> = {
      ...rest,
      ...(alias !== undefined ? { alias: alias ?? undefined } : {}),
      ...(inputs !== undefined ? { inputs: inputs ?? undefined, ...(inputs ? { presetId: undefined } : {}) } : {}),
      ...(presetId !== undefined ? { presetId: presetId ?? undefined, ...(presetId ? { inputs: undefined } : {}) } : {}),
    };
    const enabled = body.enabled ?? current.enabled;
    // A paused schedule runs nothing: pausing one whose agent changed since is always possible.
    if (enabled) await this.checkRunWith(workspaceId, current.graphId, { ...current, ...change });
    const schedule = await store.schedules.update(workspaceId, id, change, enabled ? cron.after(Date.now()) : undefined);
    return (await this.shown([schedule!]))[0]!;
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    if (!(await this.platform.store.schedules.delete(workspaceId, id))) throw notFound(`Schedule ${id}`);
  }

  /** A schedule's runs get its inputs or its preset's, and nothing else: they must be all the agent needs. */
  private async checkRunWith(
    workspaceId: string,
    graphId: string,
    runWith: { inputs?: Record<string, unknown> | undefined; presetId?: string | undefined; alias?: string | undefined },
  ): Promise<void> {
    const preset = runWith.presetId === undefined ? undefined : await this.platform.store.presets.ofGraph(workspaceId, graphId, runWith.presetId);
    if (runWith.presetId !== undefined && !preset) throw invalid(`presetId: no preset ${runWith.presetId} of this graph.`);
    const [inputs, field] = preset ? [preset.inputs, `presetId (the preset "${preset.name}")`] : [runWith.inputs ?? {}, 'inputs'];
    await checkTriggerInputs(this.platform, workspaceId, graphId, inputs, { field, complete: true, trigger: { alias: runWith.alias } });
  }
}
