import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';
import { graphRunRecord, graphRunStatus } from './runs.ts';

export const review = named(
  'Review',
  z.object({
    id: z.string(),
    runId: z.string(),
    nodeRunId: z.string(),
    nodeId: z.string(),
    message: z.string().describe('Markdown shown to the reviewer.'),
    data: z.unknown(),
    editable: z.boolean(),
    status: z.enum(['pending', 'approved', 'rejected']),
    decidedData: z.unknown().optional().describe('The data as approved (edited, perhaps) or as rejected.'),
    reason: z.string().optional(),
    createdAt: timestamp,
    expiresAt: timestamp.optional(),
    decidedAt: timestamp.optional(),
    graphId: z.string().optional(),
    graphName: z.string().optional(),
    runStatus: graphRunStatus.optional(),
  }),
);
export const reviewList = z.object({ reviews: z.array(review) });
export const reviewAnswer = z.object({ review });
export const decidedReview = z.object({ review, run: graphRunRecord });
