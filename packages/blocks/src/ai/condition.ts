import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { askForJson } from './ask-for-json.ts';
import { modelCredential, modelInputs } from './model-call.ts';

const ANSWER_SCHEMA = {
  type: 'object',
  properties: { answer: { type: 'boolean', description: 'true for yes, false for no' }, reason: { type: 'string', description: 'one short sentence' } },
  required: ['answer', 'reason'],
};

export const aiCondition = defineBlock({
  id: 'ai.condition',
  name: 'AI Condition',
  description: 'Asks a language model a yes/no question about a value and routes the value to yes or no, with the model’s reason.',
  categories: ['ai', 'logic'],
  credentials: [modelCredential],
  input: z.object({
    question: z.string().min(1).describe('A yes/no question, e.g. "Is this review positive?".'),
    value: z.unknown().optional().describe('What the question is about; passed on to yes or no.'),
    retries: z.number().int().min(0).max(5).default(2).describe('How many times to ask again after an answer that is not yes or no.'),
    ...modelInputs,
  }),
  output: z.object({
    result: z.boolean(),
    yes: z.unknown().describe('The value, when the answer is yes.'),
    no: z.unknown().describe('The value, when the answer is no.'),
    reason: z.string(),
  }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a provider credential', input: { question: 'Is it raining?' }, error: 'needs a credential of kind' }],
  async *run({ question, value, retries, ...options }, ctx) {
    const prompt = value === undefined ? question : `${question}\n\nAbout this:\n${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}`;
    const { answer, reason } = (await askForJson(ctx, options, prompt, ANSWER_SCHEMA, retries)) as { answer: boolean; reason: string };
    yield ['result', answer];
    yield ['reason', reason];
    yield [answer ? 'yes' : 'no', value ?? question];
  },
});
