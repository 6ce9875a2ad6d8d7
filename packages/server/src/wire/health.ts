import { z } from 'zod';

export const liveness = z.object({ status: z.literal('ok') });
export const readiness = z
  .looseObject({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) })
  .describe('Each other dependency (redis) is "ok".');
export const unready = z.object({ status: z.literal('unavailable'), error: z.string() });
