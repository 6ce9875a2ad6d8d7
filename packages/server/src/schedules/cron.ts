import { Cron } from 'croner';

/** A cron expression in a time zone, evaluated by croner (which handles DST: a skipped hour fires at its end, a repeated one once). */
export class CronSchedule {
  private readonly cron: Cron;

  private constructor(expression: string, timezone: string) {
    this.cron = new Cron(expression, { timezone, paused: true });
  }

  /** The schedule, or the problems with it, each naming the field (`cron`, `timezone`) and how to fix it. */
  static parse(expression: string, timezone: string): CronSchedule | { problems: string[] } {
    const problems: string[] = [];
    const fields = expression.trim().split(/\s+/).length;
    if (fields !== 5 && fields !== 6) {
      problems.push(
        `cron: "${expression}" has ${fields} fields; write 5 (minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5") or 6 with seconds first.`,
      );
    }
    if (!isTimeZone(timezone)) problems.push(`timezone: "${timezone}" is not an IANA time zone; use a name like "Europe/Berlin", "America/New_York" or "UTC".`);
    if (problems.length) return { problems };
    try {
      const schedule = new CronSchedule(expression, timezone);
      if (schedule.after(0) === undefined) return { problems: [`cron: "${expression}" never fires.`] };
      return schedule;
    } catch (error) {
      return { problems: [`cron: ${(error as Error).message.replace(/^CronPattern: /, '')}.`] };
    }
  }

  /** The first fire time after `time` (ms), or undefined when there is none. */
  after(time: number): number | undefined {
    return this.cron.nextRun(new Date(time))?.getTime();
  }

  /** The next `count` fire times after `time`. */
  next(count: number, time: number): number[] {
    return this.cron.nextRuns(count, new Date(time)).map((d) => d.getTime());
  }

  /** The last fire time at or before `time`, if any. */
  atOrBefore(time: number): number | undefined {
    return this.cron.previousRuns(1, new Date(time + 1))[0]?.getTime();
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
