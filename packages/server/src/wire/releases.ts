import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';
import { evaluation } from './evaluations.ts';

/** An alias's name: short, lower case, for URLs and settings. */
export const aliasName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be 1 to 40 lower-case letters, digits, "-" or "_", e.g. production or staging');

export const releaseGate = named(
  'ReleaseGate',
  z.object({
    datasetId: z.string().min(1).max(100).describe('An evaluation of the version on this dataset …'),
    minScore: z.number().min(0).max(1).describe('… must have scored at least this.'),
  }),
);

export const graphAlias = named(
  'GraphAlias',
  z.object({
    name: z.string(),
    version: z.number().int(),
    gate: releaseGate.optional().describe('What moving the alias to a new version needs.'),
    updatedBy: z.string().optional(),
    updatedAt: timestamp,
  }),
);

export const release = named(
  'Release',
  z.object({
    id: z.string(),
    alias: z.string(),
    version: z.number().int().optional().describe('Absent: the alias was removed.'),
    fromVersion: z.number().int().optional(),
    userId: z.string().optional().describe('Who moved it.'),
    evaluationId: z.string().optional().describe('The evaluation that passed the gate.'),
    note: z.string().optional(),
    createdAt: timestamp,
  }),
);

export const releasesAnswer = z.object({ aliases: z.array(graphAlias), releases: z.array(release).describe('Moves of the aliases, newest first.') });
export const promotionAnswer = z.object({ alias: graphAlias, release, evaluation: evaluation.optional().describe('The evaluation that passed the gate.') });
