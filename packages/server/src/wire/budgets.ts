import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';

export const spendLimit = named(
  'SpendLimit',
  z
    .object({
      costUsd: z.number().positive().max(1_000_000_000).optional().describe('In US dollars (calls to models whose price is not known count nothing).'),
      tokens: z.number().int().positive().max(1e15).optional().describe('Input and output tokens together.'),
    })
    .strict(),
);

export const agentBudget = named(
  'AgentBudget',
  z
    .object({
      run: spendLimit.optional().describe('Each run (a start may give its own).'),
      day: spendLimit.optional().describe('All runs of a UTC day.'),
      month: spendLimit.optional().describe('All runs of a UTC month.'),
    })
    .strict(),
);

export const spend = named('Spend', z.object({ costUsd: z.number(), tokens: z.number(), runs: z.number().int().describe('Runs that called a model.') }));

export const agentSpend = z.object({
  budget: agentBudget.optional(),
  today: spend,
  month: spend,
  days: z.array(spend.extend({ day: timestamp.describe('The UTC day’s first millisecond.') })).describe('Days with model use, oldest first.'),
});

export const accountBudget = z.object({
  operator: spendLimit.optional().describe("The server's monthly budget per person."),
  own: spendLimit.optional().describe('The one you set (at most the operator’s).'),
  limit: spendLimit.optional().describe('What counts: the tighter of the two.'),
  month: spend.describe('What runs acting for you spent this UTC month, in every workspace.'),
});
