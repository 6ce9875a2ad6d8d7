import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const humanReview = defineBlock({
  id: 'human.review',
  name: 'Human review',
  description:
    'Pauses this branch until the run’s owner approves or rejects the data (in the Reviews inbox, the run view or the API). ' +
    'Approved data goes out on `approved` (as edited, when the review is editable); a rejection, or no decision in time, on `rejected`. ' +
    'The wait survives restarts. Link it to an agent’s tools to have the agent ask a person before it acts.',
  categories: ['human', 'logic'],
  input: z.object({
    data: z.unknown().describe('What the person reviews; passed on as approved (or edited) or with the rejection.'),
    message: z.string().min(1).describe('What to decide, in markdown, shown to the reviewer above the data.'),
    editable: z.boolean().default(false).describe('Whether the reviewer may edit the data before approving it.'),
    timeoutMinutes: z
      .number()
      .positive()
      .max(60 * 24 * 365)
      .optional()
      .describe('Undecided for this long, the review is rejected with reason "timeout". Empty: it waits as long as it takes.'),
  }),
  output: z.object({
    approved: z.unknown().describe('The data as the reviewer approved it.'),
    rejected: z.object({ reason: z.string(), data: z.unknown() }).describe('Why it was rejected (the reviewer’s words, or "timeout") and the data.'),
  }),
  examples: [
    {
      name: 'an approved edit goes out on approved',
      input: { data: { to: 'ada@example.com', body: 'Hi Ada' }, message: 'Send this email?', editable: true },
      context: { review: { decision: 'approve', data: { to: 'ada@example.com', body: 'Hello Ada' } } },
      output: { approved: [{ to: 'ada@example.com', body: 'Hello Ada' }] },
    },
    {
      name: 'a rejection goes out with its reason',
      input: { data: 'DROP TABLE users', message: 'Run this statement?' },
      context: { review: { decision: 'reject', data: 'DROP TABLE users', reason: 'Not in production.' } },
      output: { rejected: [{ reason: 'Not in production.', data: 'DROP TABLE users' }] },
    },
  ],
  async *run({ data, message, editable, timeoutMinutes }, ctx) {
    const decided = await ctx.review({ message, data, editable, ...(timeoutMinutes !== undefined ? { timeoutMs: timeoutMinutes * 60_000 } : {}) });
    if (decided.decision === 'approve') yield ['approved', decided.data];
    else yield ['rejected', { reason: decided.reason ?? 'Rejected by the reviewer.', data: decided.data }];
  },
});
