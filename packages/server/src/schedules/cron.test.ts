import { describe, expect, it } from 'vitest';
import { CronSchedule } from './cron.ts';

const parse = (cron: string, timezone: string): CronSchedule => {
  const schedule = CronSchedule.parse(cron, timezone);
  if (!(schedule instanceof CronSchedule)) throw new Error(schedule.problems.join(' '));
  return schedule;
};
const iso = (times: number[]) => times.map((t) => new Date(t).toISOString());
const at = (text: string) => Date.parse(text);

describe('cron schedules', () => {
  it('fires at local time across the spring DST change in Europe/Berlin (02:30 does not exist that day)', () => {
    expect(iso(parse('30 2 * * *', 'Europe/Berlin').next(3, at('2026-03-28T00:00:00Z')))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('fires once in the repeated hour of the autumn DST change in America/New_York', () => {
    const fires = iso(parse('30 1 * * *', 'America/New_York').next(3, at('2026-10-31T12:00:00Z')));
    expect(fires[0]).toBe('2026-11-01T05:30:00.000Z');
    expect(fires[1]).toBe('2026-11-02T06:30:00.000Z');
  });

  it('takes a sixth field as seconds', () => {
    expect(iso(parse('*/20 * * * * *', 'UTC').next(3, at('2026-01-01T00:00:05Z')))).toEqual([
      '2026-01-01T00:00:20.000Z',
      '2026-01-01T00:00:40.000Z',
      '2026-01-01T00:01:00.000Z',
    ]);
  });

  it('handles month ends and the leap day', () => {
    expect(iso(parse('0 12 31 * *', 'UTC').next(2, at('2026-01-31T13:00:00Z')))).toEqual(['2026-03-31T12:00:00.000Z', '2026-05-31T12:00:00.000Z']);
    expect(iso(parse('0 0 29 2 *', 'UTC').next(2, at('2026-01-01T00:00:00Z')))).toEqual(['2028-02-29T00:00:00.000Z', '2032-02-29T00:00:00.000Z']);
  });

  it('finds the latest fire time at or before a moment', () => {
    const everyFive = parse('*/5 * * * * *', 'UTC');
    expect(everyFive.atOrBefore(at('2026-01-01T00:00:10Z'))).toBe(at('2026-01-01T00:00:10Z'));
    expect(everyFive.atOrBefore(at('2026-01-01T00:00:09Z'))).toBe(at('2026-01-01T00:00:05Z'));
    expect(everyFive.after(at('2026-01-01T00:00:10Z'))).toBe(at('2026-01-01T00:00:15Z'));
  });

  it('names the field and the fix for bad input', () => {
    expect(CronSchedule.parse('* * *', 'UTC')).toEqual({ problems: [expect.stringMatching(/^cron: "\* \* \*" has 3 fields; write 5/)] });
    expect(CronSchedule.parse('61 * * * *', 'UTC')).toEqual({ problems: [expect.stringMatching(/^cron: .*minute/)] });
    expect(CronSchedule.parse('0 9 * * *', 'Mars/Base')).toEqual({ problems: [expect.stringContaining('timezone: "Mars/Base" is not an IANA time zone')] });
    expect(CronSchedule.parse('0 0 30 2 *', 'UTC')).toEqual({ problems: ['cron: "0 0 30 2 *" never fires.'] });
  });
});
