import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

/** Values by output name, each output's in the order the node puts them out. */
export const pinnedOutputs = z.record(z.string().min(1).max(200), z.array(z.unknown()).max(10_000));

export const nodePin = named(
  'NodePin',
  z.object({
    nodeId: z.string(),
    outputs: pinnedOutputs,
    fromRunId: z.string().optional().describe('The run whose values were pinned; absent when typed by hand.'),
    updatedAt: timestamp,
  }),
);
export const pinAnswer = z.object({ pin: nodePin });
export const pinList = z.object({ pins: z.array(nodePin) });
export const pinBody = z
  .object({
    outputs: pinnedOutputs.describe('What the node puts out instead of running, in runs from the editor.'),
    fromRunId: z.string().min(1).max(100).optional(),
  })
  .strict();
