import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { askForJson } from './ask-for-json.ts';
import { modelCredential, modelInputs } from './model-call.ts';

export const aiList = defineBlock({
  id: 'ai.list',
  name: 'AI List',
  description: 'Asks a language model for a list of short texts; yields the whole list, then each item, so the next blocks run once per item.',
  categories: ['ai', 'list'],
  credentials: [modelCredential],
  input: z.object({
    prompt: z.string().min(1).describe('What to list, e.g. "Five blog post ideas about home composting".'),
    max_items: z.number().int().min(1).max(1000).optional().describe('The most items to ask for.'),
    retries: z.number().int().min(0).max(5).default(2).describe('How many times to ask again after an answer that is not a list.'),
    ...modelInputs,
  }),
  output: z.object({ list: z.array(z.string()), item: z.string().describe('Each item, one at a time.') }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a provider credential', input: { prompt: 'Three colours' }, error: 'needs a credential of kind' }],
  async *run({ prompt, max_items, retries, ...options }, ctx) {
    const schema = { type: 'array', items: { type: 'string' }, ...(max_items ? { maxItems: max_items } : {}) };
    const list = (await askForJson(ctx, options, prompt, schema, retries)) as string[];
    yield ['list', list];
    for (const item of list) yield ['item', item];
  },
});
