import { defineBlock } from '@blocksmith/sdk';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

export const timeDelay = defineBlock({
  id: 'time.delay',
  name: 'Delay',
  description: 'Waits, then passes the value on. Stops at once when the run is stopped.',
  categories: ['time'],
  input: z.object({
    value: z.unknown().describe('Passed on after the wait.'),
    ms: z.number().int().min(0).max(86_400_000).default(1000).describe('How long to wait, in milliseconds.'),
  }),
  output: z.object({ value: z.unknown() }),
  examples: [{ name: 'passes the value on', input: { value: 'later', ms: 5 }, output: { value: ['later'] } }],
  async *run({ value, ms }, ctx) {
    await sleep(ms, undefined, { signal: ctx.signal });
    yield ['value', value];
  },
});
