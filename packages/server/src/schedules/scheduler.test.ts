import type { Clock } from '@blocksmith/engine';
import { ManualClock } from '@blocksmith/engine/testing';
import { Store, type Schedule, type ScheduleFields, type SchedulesRepository } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CronSchedule } from './cron.ts';
import { Scheduler } from './scheduler.ts';

const at = (text: string) => Date.parse(text);

describe.each(TEST_DIALECTS)('the scheduler on %s, with a clock the test drives', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let userId: string;
  let graphId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    userId = (await store.users.create({ email: `s-${dialect}@x.test`, passwordHash: 'h', isOwner: true })).id;
    graphId = (await store.graphs.create({ workspaceId: userId, userId }, { schemaVersion: 1, name: 'G', nodes: [], links: [] })).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  /** A schedule created at `now`, as the API creates it: its next fire time is the first after now. */
  const schedule = async (cron: string, now: number, fields: Partial<ScheduleFields> = {}): Promise<Schedule> => {
    const parsed = CronSchedule.parse(cron, 'UTC') as CronSchedule;
    return store.schedules.create(
      { workspaceId: userId, userId },
      graphId,
      { name: cron, cron, timezone: 'UTC', enabled: true, catchUp: 'skip', overlap: 'allow', ...fields },
      parsed.after(now),
    );
  };

  /** A scheduler whose runs are recorded as [schedule id, ISO fire time]; `unfinished` says which runs still go. */
  const schedulerOn = (clock: Clock, started: [string, string][], unfinished = new Set<string>(), fail?: string) =>
    new Scheduler({
      schedules: store.schedules,
      clock,
      startRun: async (s, fireTime) => {
        if (fail) throw new Error(fail);
        started.push([s.id, new Date(fireTime).toISOString()]);
        return `run-${s.id}-${fireTime}`;
      },
      isUnfinished: async (runId) => unfinished.has(runId),
      log: () => undefined,
    });

  const only = (started: [string, string][], id: string) => started.filter(([s]) => s === id).map(([, t]) => t);

  it('starts one run per fire time as time reaches it, none before, none twice', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:05Z'));
    const started: [string, string][] = [];
    const scheduler = schedulerOn(clock, started);
    const every10s = await schedule('*/10 * * * * *', clock.now());
    clock.set(at('2026-01-01T00:00:09.999Z'));
    await scheduler.tick();
    expect(only(started, every10s.id)).toEqual([]);
    clock.set(at('2026-01-01T00:00:10Z'));
    await scheduler.tick();
    await scheduler.tick();
    // A tick that comes late still runs every fire time it passed within the grace period.
    clock.set(at('2026-01-01T00:00:31Z'));
    await scheduler.tick();
    expect(only(started, every10s.id)).toEqual(['2026-01-01T00:00:10.000Z', '2026-01-01T00:00:20.000Z', '2026-01-01T00:00:30.000Z']);
    expect((await store.schedules.get(userId, every10s.id))!.nextFireAt).toBe(at('2026-01-01T00:00:40Z'));
    expect((await store.schedules.fires(every10s.id)).map((f) => [f.outcome, f.runId])).toEqual([
      ['started', `run-${every10s.id}-${at('2026-01-01T00:00:30Z')}`],
      ['started', `run-${every10s.id}-${at('2026-01-01T00:00:20Z')}`],
      ['started', `run-${every10s.id}-${at('2026-01-01T00:00:10Z')}`],
    ]);
    await store.schedules.delete(userId, every10s.id);
  });

  it('two servers sharing the database start each fire time once', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00.5Z'));
    const started: [string, string][] = [];
    const [a, b] = [schedulerOn(clock, started), schedulerOn(clock, started)];
    const everySecond = await schedule('* * * * * *', clock.now());
    for (let second = 1; second <= 10; second++) {
      clock.set(at('2026-01-01T00:00:00Z') + second * 1000 + 100);
      await Promise.all([a.tick(), b.tick()]);
    }
    expect(only(started, everySecond.id)).toEqual(Array.from({ length: 10 }, (_, i) => new Date(at('2026-01-01T00:00:01Z') + i * 1000).toISOString()));
    await store.schedules.delete(userId, everySecond.id);
  });

  it("skips fire times missed while the platform was down ('skip'), or runs the latest of them once ('latest')", async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const started: [string, string][] = [];
    const scheduler = schedulerOn(clock, started);
    const skipping = await schedule('0 */15 * * * *', clock.now());
    const catchingUp = await schedule('0 */15 * * * *', clock.now(), { catchUp: 'latest' });
    // Down from before 00:15 until 01:07.
    clock.set(at('2026-01-01T01:07:00Z'));
    await scheduler.tick();
    expect(only(started, skipping.id)).toEqual([]);
    expect(only(started, catchingUp.id)).toEqual(['2026-01-01T01:00:00.000Z']);
    for (const s of [skipping, catchingUp]) expect((await store.schedules.get(userId, s.id))!.nextFireAt).toBe(at('2026-01-01T01:15:00Z'));
    clock.set(at('2026-01-01T01:15:00Z'));
    await scheduler.tick();
    expect(only(started, skipping.id)).toEqual(['2026-01-01T01:15:00.000Z']);
    for (const s of [skipping, catchingUp]) await store.schedules.delete(userId, s.id);
  });

  it("skips a fire while the last run still goes ('skip'), or starts another ('allow')", async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const started: [string, string][] = [];
    const unfinished = new Set<string>();
    const scheduler = schedulerOn(clock, started, unfinished);
    const single = await schedule('0 * * * * *', clock.now(), { overlap: 'skip' });
    const parallel = await schedule('0 * * * * *', clock.now());
    clock.set(at('2026-01-01T00:01:00Z'));
    await scheduler.tick();
    unfinished.add(`run-${single.id}-${at('2026-01-01T00:01:00Z')}`).add(`run-${parallel.id}-${at('2026-01-01T00:01:00Z')}`);
    clock.set(at('2026-01-01T00:02:00Z'));
    await scheduler.tick();
    unfinished.clear();
    clock.set(at('2026-01-01T00:03:00Z'));
    await scheduler.tick();
    expect(only(started, single.id)).toEqual(['2026-01-01T00:01:00.000Z', '2026-01-01T00:03:00.000Z']);
    expect(only(started, parallel.id)).toEqual(['2026-01-01T00:01:00.000Z', '2026-01-01T00:02:00.000Z', '2026-01-01T00:03:00.000Z']);
    expect((await store.schedules.fires(single.id)).map((f) => f.outcome)).toEqual(['started', 'skipped_overlap', 'started']);
    for (const s of [single, parallel]) await store.schedules.delete(userId, s.id);
  });

  it('a disabled or deleted schedule fires no more; enabling it again fires from then on', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const started: [string, string][] = [];
    const scheduler = schedulerOn(clock, started);
    const paused = await schedule('0 * * * * *', clock.now());
    const deleted = await schedule('0 * * * * *', clock.now());
    await store.schedules.update(userId, paused.id, { enabled: false }, undefined);
    await store.schedules.delete(userId, deleted.id);
    clock.set(at('2026-01-01T00:05:00Z'));
    await scheduler.tick();
    expect(started).toEqual([]);
    await store.schedules.update(userId, paused.id, { enabled: true }, (CronSchedule.parse('0 * * * * *', 'UTC') as CronSchedule).after(clock.now()));
    clock.set(at('2026-01-01T00:06:00Z'));
    await scheduler.tick();
    expect(only(started, paused.id)).toEqual(['2026-01-01T00:06:00.000Z']);
    await store.schedules.delete(userId, paused.id);
  });

  it('records a fire whose run could not start, with the reason, and moves on', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const scheduler = schedulerOn(clock, [], new Set(), 'The graph is invalid: Node "x" needs input "a".');
    const broken = await schedule('0 * * * * *', clock.now());
    clock.set(at('2026-01-01T00:01:00Z'));
    await scheduler.tick();
    expect(await store.schedules.fires(broken.id)).toEqual([
      { scheduleId: broken.id, fireTime: at('2026-01-01T00:01:00Z'), outcome: 'failed', error: 'The graph is invalid: Node "x" needs input "a".' },
    ]);
    expect((await store.schedules.get(userId, broken.id))!.nextFireAt).toBe(at('2026-01-01T00:02:00Z'));
    await store.schedules.delete(userId, broken.id);
  });

  it('its loop waits a poll, without spinning, when a schedule cannot advance (a database error)', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const started: [string, string][] = [];
    const failing: SchedulesRepository = Object.create(store.schedules);
    failing.advance = async () => {
      throw new Error('database unavailable');
    };
    const scheduler = new Scheduler({
      schedules: failing,
      clock,
      startRun: async (s, t) => (started.push([s.id, String(t)]), 'run'),
      isUnfinished: async () => false,
      log: () => undefined,
    });
    const stuck = await schedule('0 * * * * *', clock.now());
    clock.set(at('2026-01-01T00:01:00Z'));
    scheduler.start();
    // It handled the fire time once, then sleeps instead of looking again at once.
    await expect.poll(() => clock.sleeping, { timeout: 10_000 }).toBe(1);
    expect(started).toEqual([[stuck.id, String(at('2026-01-01T00:01:00Z'))]]);
    await scheduler.stop();
    await store.schedules.delete(userId, stuck.id);
  });

  it('its loop sleeps until the next fire time, fires, and stops when asked', async () => {
    const clock = new ManualClock(at('2026-01-01T00:00:00Z'));
    const started: [string, string][] = [];
    const scheduler = schedulerOn(clock, started);
    const everyMinute = await schedule('0 * * * * *', clock.now());
    scheduler.start();
    await expect.poll(() => clock.sleeping, { timeout: 10_000 }).toBe(1);
    clock.set(at('2026-01-01T00:01:00Z'));
    await expect.poll(() => only(started, everyMinute.id), { timeout: 10_000 }).toEqual(['2026-01-01T00:01:00.000Z']);
    await scheduler.stop();
    await store.schedules.delete(userId, everyMinute.id);
  });
});
