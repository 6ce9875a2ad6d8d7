import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { callModel, modelCredential, modelInputs } from './model-call.ts';

export const aiText = defineBlock({
  id: 'ai.text',
  name: 'AI Text',
  description: 'Asks a language model and streams its answer: tokens appear live on the node; the full text comes out on response.',
  categories: ['ai'],
  credentials: [modelCredential],
  input: z.object({ prompt: z.string().min(1).describe('What to ask.'), ...modelInputs }),
  output: z.object({
    response: z.string(),
    usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).describe('Tokens the call used.'),
  }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [
    { name: 'needs a provider credential', input: { prompt: 'Hello' }, error: 'needs a credential of kind openai, anthropic, ollama or openai_compatible' },
  ],
  async *run({ prompt, ...options }, ctx) {
    const reply = await callModel(ctx, options, { prompt });
    yield ['response', reply.text];
    yield ['usage', reply.usage];
  },
});
