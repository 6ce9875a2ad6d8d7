import type { Owner } from '../owner.ts';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Database, ScheduleFiresTable, SchedulesTable } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

/** When a fire time was missed (the platform was down): skip it, or start one run for the most recent. */
export type CatchUp = 'skip' | 'latest';
/** When a fire time comes while the schedule's last run is still going: start another anyway, or skip it. */
export type Overlap = 'allow' | 'skip';

export interface Schedule {
  id: string;
  workspaceId: string;
  /** The member who made it: its runs act for them. */
  userId: string;
  graphId: string;
  name: string;
  /** 5 fields, or 6 with seconds first. */
  cron: string;
  /** IANA name, e.g. Europe/Berlin. */
  timezone: string;
  inputs?: Record<string, unknown>;
  presetId?: string;
  /** Runs run the version this alias points at; absent, the production alias's when the agent has one, else the latest. */
  alias?: string;
  enabled: boolean;
  catchUp: CatchUp;
  overlap: Overlap;
  /** The next fire time not handled yet (ms); absent while disabled. */
  nextFireAt?: number;
  createdAt: number;
  updatedAt: number;
}

export type ScheduleFields = Pick<Schedule, 'name' | 'cron' | 'timezone' | 'enabled' | 'catchUp' | 'overlap'> & {
  inputs?: Record<string, unknown> | undefined;
  presetId?: string | undefined;
  alias?: string | undefined;
};

export type FireOutcome = 'started' | 'skipped_overlap' | 'failed';

export interface ScheduleFire {
  scheduleId: string;
  fireTime: number;
  outcome: FireOutcome;
  runId?: string;
  error?: string;
}

const toSchedule = (row: SchedulesTable): Schedule => ({
  id: row.id,
  workspaceId: row.workspace_id!,
  userId: row.user_id,
  graphId: row.graph_id,
  name: row.name,
  cron: row.cron,
  timezone: row.timezone,
  ...(row.inputs !== null ? { inputs: fromJson<Record<string, unknown>>(row.inputs) } : {}),
  ...(row.preset_id !== null ? { presetId: row.preset_id } : {}),
  ...(row.alias !== null ? { alias: row.alias } : {}),
  enabled: row.enabled === 1,
  catchUp: row.catch_up as CatchUp,
  overlap: row.overlap as Overlap,
  ...(row.next_fire_at !== null ? { nextFireAt: Number(row.next_fire_at) } : {}),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const toFire = (row: ScheduleFiresTable): ScheduleFire => ({
  scheduleId: row.schedule_id,
  fireTime: Number(row.fire_time),
  outcome: row.outcome as FireOutcome,
  ...(row.run_id !== null ? { runId: row.run_id } : {}),
  ...(row.error !== null ? { error: row.error } : {}),
});

const columnsOf = (fields: Partial<ScheduleFields>) => ({
  ...(fields.name !== undefined ? { name: fields.name } : {}),
  ...(fields.cron !== undefined ? { cron: fields.cron } : {}),
  ...(fields.timezone !== undefined ? { timezone: fields.timezone } : {}),
  ...('inputs' in fields ? { inputs: fields.inputs === undefined ? null : toJson(fields.inputs) } : {}),
  ...('presetId' in fields ? { preset_id: fields.presetId ?? null } : {}),
  ...('alias' in fields ? { alias: fields.alias ?? null } : {}),
  ...(fields.enabled !== undefined ? { enabled: fields.enabled ? 1 : 0 } : {}),
  ...(fields.catchUp !== undefined ? { catch_up: fields.catchUp } : {}),
  ...(fields.overlap !== undefined ? { overlap: fields.overlap } : {}),
});

/**
 * Schedules of users' graphs, and the fires they made. Reads and writes for people are scoped to
 * the user; the scheduler's (`due`, `advance`, `claimFire`) see every user's schedules.
 */
export class SchedulesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, graphId: string, fields: ScheduleFields, nextFireAt: number | undefined): Promise<Schedule> {
    const now = Date.now();
    const row: SchedulesTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      graph_id: graphId,
      name: fields.name,
      cron: fields.cron,
      timezone: fields.timezone,
      inputs: fields.inputs === undefined ? null : toJson(fields.inputs),
      preset_id: fields.presetId ?? null,
      alias: fields.alias ?? null,
      enabled: fields.enabled ? 1 : 0,
      catch_up: fields.catchUp,
      overlap: fields.overlap,
      next_fire_at: nextFireAt ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('schedules').values(row).execute();
    return toSchedule(row);
  }

  /** A user's schedules, of one graph or of all. */
  async list(workspaceId: string, graphId?: string): Promise<Schedule[]> {
    let query = this.db.selectFrom('schedules').selectAll().where('workspace_id', '=', workspaceId);
    if (graphId !== undefined) query = query.where('graph_id', '=', graphId);
    return (await query.orderBy('created_at').execute()).map(toSchedule);
  }

  async get(workspaceId: string, id: string): Promise<Schedule | undefined> {
    const row = await this.db.selectFrom('schedules').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toSchedule(row);
  }

  /** Changes fields and sets when it fires next (undefined: never, while disabled). */
  async update(workspaceId: string, id: string, fields: Partial<ScheduleFields>, nextFireAt: number | undefined): Promise<Schedule | undefined> {
    await this.db
      .updateTable('schedules')
      .set({ ...columnsOf(fields), next_fire_at: nextFireAt ?? null, updated_at: Date.now() })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
    return this.get(workspaceId, id);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'schedules', workspaceId, id);
  }

  /** Enabled schedules whose next fire time has come, every user's. */
  async due(now: number): Promise<Schedule[]> {
    const rows = await this.db.selectFrom('schedules').selectAll().where('enabled', '=', 1).where('next_fire_at', '<=', now).orderBy('next_fire_at').execute();
    return rows.map(toSchedule);
  }

  /** The earliest next fire time of any enabled schedule, so the scheduler knows how long it may sleep. */
  async earliestFire(): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('schedules')
      .select((eb) => eb.fn.min('next_fire_at').as('next'))
      .where('enabled', '=', 1)
      .executeTakeFirst();
    return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
  }

  /** Moves a schedule past the fire times handled; only if no one else has moved it meanwhile. */
  async advance(id: string, from: number, to: number | undefined): Promise<void> {
    await this.db
      .updateTable('schedules')
      .set({ next_fire_at: to ?? null })
      .where('id', '=', id)
      .where('next_fire_at', '=', from)
      .execute();
  }

  /** Takes a fire time for this process: true for exactly one caller per schedule and fire time, whichever server it runs on. */
  async claimFire(scheduleId: string, fireTime: number, outcome: FireOutcome): Promise<boolean> {
    const result = await this.db
      .insertInto('schedule_fires')
      .values({ schedule_id: scheduleId, fire_time: fireTime, outcome, run_id: null, error: null, created_at: Date.now() })
      .onConflict((oc) => oc.columns(['schedule_id', 'fire_time']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async recordFire(scheduleId: string, fireTime: number, result: { outcome: FireOutcome; runId?: string; error?: string }): Promise<void> {
    await this.db
      .updateTable('schedule_fires')
      .set({ outcome: result.outcome, run_id: result.runId ?? null, error: result.error ?? null })
      .where('schedule_id', '=', scheduleId)
      .where('fire_time', '=', fireTime)
      .execute();
  }

  /** The latest fire of each of these schedules, in one query however many they are; a schedule that never fired has none. */
  async latestFires(scheduleIds: string[]): Promise<Map<string, ScheduleFire>> {
    if (scheduleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('schedule_fires as f')
      .selectAll('f')
      .where('f.schedule_id', 'in', scheduleIds)
      .where(({ eb, selectFrom }) =>
        eb(
          'f.fire_time',
          '=',
          selectFrom('schedule_fires as x')
            .select((x) => x.fn.max('x.fire_time').as('m'))
            .whereRef('x.schedule_id', '=', 'f.schedule_id'),
        ),
      )
      .execute();
    return new Map(rows.map((row) => [row.schedule_id, toFire(row)]));
  }

  /** The schedule's fires, newest first. */
  async fires(scheduleId: string, limit = 50): Promise<ScheduleFire[]> {
    const rows = await this.db
      .selectFrom('schedule_fires')
      .selectAll()
      .where('schedule_id', '=', scheduleId)
      .orderBy('fire_time', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toFire);
  }
}
