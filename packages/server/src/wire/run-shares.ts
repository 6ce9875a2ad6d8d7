import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp, valuesByName } from './common.ts';
import { graphRunStatus } from './runs.ts';

export const runShare = named(
  'RunShare',
  z.object({
    id: z.string(),
    runId: z.string(),
    createdBy: z.string().describe('The member who made the link.'),
    createdAt: timestamp,
    revokedAt: timestamp.nullable().describe('When the link stopped working; null while it works.'),
  }),
);

export const runShareList = z.object({ shares: z.array(runShare) });

export const createdRunShare = z.object({
  share: runShare,
  token: z.string().describe("The link's secret: shown in this answer only."),
  path: z.string().describe('The page that shows the run, on this server: /#/shared/<token>.'),
});

export const sharedRun = named(
  'SharedRun',
  z.object({
    status: graphRunStatus,
    inputs: valuesByName,
    outputs: z
      .record(z.string(), z.array(z.unknown()))
      .describe("Values collected by Output blocks, by name. A file's URL (and a large value's) is served through the link."),
    error: z.string().optional(),
    createdAt: timestamp,
    endedAt: timestamp.optional(),
  }),
);

export const sharedRunAnswer = z.object({ run: sharedRun });
