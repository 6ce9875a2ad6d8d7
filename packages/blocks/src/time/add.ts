import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

const MS = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 } as const;

export const timeAdd = defineBlock({
  id: 'time.add',
  name: 'Add Time',
  description:
    'Adds (or, negative, subtracts) an amount of seconds, minutes, hours, days, weeks, months or years to a time; months keep the day where it exists.',
  categories: ['time'],
  input: z.object({
    time: z.union([z.string(), z.number()]).describe('ISO 8601 text or Unix time in milliseconds.'),
    amount: z.number(),
    unit: z.enum(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']).default('days'),
  }),
  output: z.object({ iso: z.string(), unix_ms: z.number() }),
  examples: [
    { name: 'adds days', input: { time: '2026-12-30T09:00:00Z', amount: 3 }, output: { iso: ['2027-01-02T09:00:00.000Z'], unix_ms: [1798880400000] } },
    {
      name: 'a month from January 31 is the end of February',
      input: { time: '2027-01-31T00:00:00Z', amount: 1, unit: 'months' },
      output: { iso: ['2027-02-28T00:00:00.000Z'], unix_ms: [1803772800000] },
    },
    { name: 'names a bad time', input: { time: 'soon', amount: 1 }, error: 'not a valid date' },
  ],
  *run({ time, amount, unit }) {
    const start = new Date(time);
    if (Number.isNaN(start.getTime()))
      throw new BlockError('invalid_input', `"${time}" is not a valid date: give ISO 8601 text or Unix milliseconds.`, { retriable: false });
    let end: Date;
    if (unit === 'months' || unit === 'years') {
      const months = unit === 'years' ? amount * 12 : amount;
      const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
      target.setUTCHours(start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds());
      end = target;
    } else {
      end = new Date(start.getTime() + amount * MS[unit]);
    }
    yield ['iso', end.toISOString()];
    yield ['unix_ms', end.getTime()];
  },
});
