import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { formatDate } from '../shared/format-date.ts';

export const timeFormat = defineBlock({
  id: 'time.format',
  name: 'Format Time',
  description: 'Formats a time (ISO text or Unix milliseconds) with a pattern in a time zone.',
  categories: ['time'],
  input: z.object({
    time: z.union([z.string(), z.number()]).describe('ISO 8601 text or Unix time in milliseconds.'),
    format: z.string().default('yyyy-MM-dd HH:mm:ss').describe('"iso", or tokens yyyy MM dd HH mm ss SSS EEE MMM.'),
    timezone: z.string().default('UTC'),
  }),
  output: z.object({ result: z.string() }),
  examples: [
    { name: 'formats ISO text', input: { time: '2024-02-29T23:30:00Z', format: 'EEE dd MMM yyyy HH:mm' }, output: { result: ['Thu 29 Feb 2024 23:30'] } },
    {
      name: 'formats epoch ms in a zone',
      input: { time: 0, format: 'yyyy-MM-dd HH:mm', timezone: 'America/New_York' },
      output: { result: ['1969-12-31 19:00'] },
    },
    { name: 'names a bad time', input: { time: 'yesterday' }, error: 'not a valid date' },
  ],
  *run({ time, format, timezone }) {
    yield ['result', formatDate(new Date(time), format, timezone)];
  },
});
