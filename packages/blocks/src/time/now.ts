import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { formatDate } from '../shared/format-date.ts';

export const timeNow = defineBlock({
  id: 'time.now',
  name: 'Current Time',
  description: 'The current date and time, formatted, and as a Unix timestamp in milliseconds.',
  categories: ['time'],
  input: z.object({
    trigger: z.unknown().optional().describe('Link anything here to read the time when it arrives.'),
    format: z.string().default('iso').describe('"iso", or tokens like "yyyy-MM-dd HH:mm:ss".'),
    timezone: z.string().default('UTC').describe('IANA time zone, e.g. "America/New_York".'),
  }),
  output: z.object({ time: z.string(), timestamp: z.number() }),
  examples: [
    { name: 'ISO time', input: {}, context: { now: '2026-03-04T05:06:07.089Z' }, output: { time: ['2026-03-04T05:06:07.089Z'], timestamp: [1772600767089] } },
    {
      name: 'formatted in a time zone',
      input: { format: 'yyyy-MM-dd HH:mm', timezone: 'Asia/Tokyo' },
      context: { now: '2026-03-04T20:00:00Z' },
      output: { time: ['2026-03-05 05:00'], timestamp: [1772654400000] },
    },
  ],
  *run({ format, timezone }, ctx) {
    const now = ctx.now();
    yield ['time', formatDate(now, format, timezone)];
    yield ['timestamp', now.getTime()];
  },
});
