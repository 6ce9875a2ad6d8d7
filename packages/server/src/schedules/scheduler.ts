import type { Clock } from '@blocksmith/engine';
import type { Schedule, SchedulesRepository } from '@blocksmith/store';
import { CronSchedule } from './cron.ts';

export interface SchedulerDeps {
  schedules: SchedulesRepository;
  clock: Clock;
  /** Starts the run of one fire time and returns its id; throws when it cannot start (e.g. a draft graph). */
  startRun(schedule: Schedule, fireTime: number): Promise<string>;
  /** Whether a run is still queued or running (for `overlap: 'skip'`). */
  isUnfinished(runId: string): Promise<boolean>;
  log(message: string): void;
}

export interface SchedulerOptions {
  /** A fire time found this late is still on time; older ones were missed while the platform was down. */
  graceMs?: number;
  /** The longest the scheduler sleeps, so a schedule created, changed or deleted on any server counts within it. */
  pollMs?: number;
}

/**
 * Fires schedules: every server runs one, and they share the database. A fire time starts at most
 * one run, whichever server sees it first (the fire's primary key decides); time comes from the clock
 * port, so tests drive it by hand. Missed fire times (older than the grace period) follow the
 * schedule's catch-up policy; a fire that comes while the schedule's last run is still going follows
 * its overlap policy.
 */
export class Scheduler {
  private readonly graceMs: number;
  private readonly pollMs: number;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly deps: SchedulerDeps,
    options: SchedulerOptions = {},
  ) {
    this.graceMs = options.graceMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1000;
  }

  /** Handles every schedule whose next fire time has come. */
  async tick(): Promise<void> {
    const now = this.deps.clock.now();
    for (const schedule of await this.deps.schedules.due(now)) {
      try {
        await this.handle(schedule, now);
      } catch (error) {
        this.deps.log(`schedule ${schedule.id} could not be handled: ${String(error)}`);
      }
    }
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { clock, schedules } = this.deps;
    // The fire time this look already handled: if it is still the earliest, its schedule could not advance
    // (a database error), and the loop waits a poll before trying again instead of spinning.
    let handled: number | undefined;
    while (!this.stopping.signal.aborted) {
      // One query a look while nothing is due; the due schedules are read only when one is.
      const earliest = await schedules.earliestFire().catch((error: unknown) => {
        this.deps.log(`the scheduler could not read schedules: ${String(error)}`);
        return undefined;
      });
      const now = clock.now();
      if (earliest !== undefined && earliest <= now && earliest !== handled) {
        handled = earliest;
        await this.tick().catch((error: unknown) => this.deps.log(`the scheduler could not read schedules: ${String(error)}`));
        continue;
      }
      handled = undefined;
      const wait = earliest === undefined || earliest <= now ? this.pollMs : Math.min(this.pollMs, earliest - now);
      await clock.sleep(wait, this.stopping.signal).catch(() => undefined);
    }
  }

  private async handle(schedule: Schedule, now: number): Promise<void> {
    const cron = CronSchedule.parse(schedule.cron, schedule.timezone);
    const from = schedule.nextFireAt!;
    if (!(cron instanceof CronSchedule)) {
      this.deps.log(`schedule ${schedule.id} is disabled in effect: ${cron.problems.join(' ')}`);
      return this.deps.schedules.advance(schedule.id, from, undefined);
    }
    for (const fireTime of this.firesToRun(cron, schedule, from, now)) await this.fire(schedule, fireTime);
    await this.deps.schedules.advance(schedule.id, from, cron.after(now));
  }

  /** On-time fire times between the schedule's next fire and now; else, for `catchUp: 'latest'`, the latest missed one. */
  private firesToRun(cron: CronSchedule, schedule: Schedule, from: number, now: number): number[] {
    const onTimeFrom = Math.max(from, now - this.graceMs);
    const onTime: number[] = [];
    for (let t: number | undefined = onTimeFrom === from ? from : cron.after(onTimeFrom - 1); t !== undefined && t <= now; t = cron.after(t)) onTime.push(t);
    if (onTime.length > 0 || schedule.catchUp === 'skip' || from >= onTimeFrom) return onTime;
    const latestMissed = cron.atOrBefore(onTimeFrom - 1);
    return latestMissed !== undefined && latestMissed >= from ? [latestMissed] : [];
  }

  private async fire(schedule: Schedule, fireTime: number): Promise<void> {
    const { schedules } = this.deps;
    if (schedule.overlap === 'skip' && (await this.lastRunGoing(schedule))) {
      await schedules.claimFire(schedule.id, fireTime, 'skipped_overlap');
      return;
    }
    if (!(await schedules.claimFire(schedule.id, fireTime, 'started'))) return;
    try {
      const runId = await this.deps.startRun(schedule, fireTime);
      await schedules.recordFire(schedule.id, fireTime, { outcome: 'started', runId });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await schedules.recordFire(schedule.id, fireTime, { outcome: 'failed', error: message });
      this.deps.log(`schedule ${schedule.id} could not start its run for ${new Date(fireTime).toISOString()}: ${message}`);
    }
  }

  private async lastRunGoing(schedule: Schedule): Promise<boolean> {
    const last = (await this.deps.schedules.fires(schedule.id, 5)).find((f) => f.runId !== undefined);
    return last?.runId !== undefined && (await this.deps.isUnfinished(last.runId));
  }
}
