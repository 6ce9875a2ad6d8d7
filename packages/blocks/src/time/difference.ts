import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

const time = z.union([z.string(), z.number()]).describe('ISO 8601 text or Unix time in milliseconds.');

export const timeDifference = defineBlock({
  id: 'time.difference',
  name: 'Time Between',
  description: 'How long from one time to another, in seconds, minutes, hours and days (negative when the end is earlier).',
  categories: ['time'],
  input: z.object({ start: time, end: time }),
  output: z.object({ seconds: z.number(), minutes: z.number(), hours: z.number(), days: z.number() }),
  examples: [
    {
      name: 'a day and a half',
      input: { start: '2026-12-01T00:00:00Z', end: '2026-12-02T12:00:00Z' },
      output: { seconds: [129600], minutes: [2160], hours: [36], days: [1.5] },
    },
    { name: 'names a bad time', input: { start: 'then', end: 0 }, error: 'not a valid date' },
  ],
  *run({ start, end }) {
    const [from, to] = [new Date(start), new Date(end)];
    for (const [name, date, given] of [
      ['start', from, start],
      ['end', to, end],
    ] as const) {
      if (Number.isNaN(date.getTime()))
        throw new BlockError('invalid_input', `${name} "${given}" is not a valid date: give ISO 8601 text or Unix milliseconds.`, { retriable: false });
    }
    const ms = to.getTime() - from.getTime();
    const round = (n: number) => Math.round(n * 1000) / 1000;
    yield ['seconds', round(ms / 1000)];
    yield ['minutes', round(ms / 60_000)];
    yield ['hours', round(ms / 3_600_000)];
    yield ['days', round(ms / 86_400_000)];
  },
});
