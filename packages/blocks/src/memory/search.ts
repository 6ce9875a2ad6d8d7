import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { embedTexts, mediaCredential } from '../ai/media-api.ts';
import { memoryInputs } from './memory-inputs.ts';

export const memorySearch = defineBlock({
  id: 'memory.search',
  name: 'Recall',
  description:
    'Finds what you stored with memory.store that is closest in meaning to a query (cosine similarity of embeddings); gives the texts and a ready context for a prompt.',
  categories: ['memory', 'ai'],
  credentials: [mediaCredential],
  input: z.object({
    query: z.string().min(1).describe('What to look for, e.g. the user’s question.'),
    limit: z.number().int().min(1).max(50).default(5),
    min_score: z.number().min(-1).max(1).default(0).describe('Leave out matches less similar than this (cosine, 1 is identical).'),
    ...memoryInputs,
  }),
  output: z.object({
    results: z.array(z.object({ text: z.string(), score: z.number(), metadata: z.record(z.string(), z.unknown()) })),
    context: z.string().describe('The found texts, best first, separated by blank lines: to put in a prompt.'),
  }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  examples: [
    {
      name: 'needs a provider credential',
      input: { query: 'When does the office open?' },
      error: 'needs a credential of kind openai, ollama or openai_compatible',
    },
  ],
  async *run({ query, limit, min_score, namespace, model }, ctx) {
    const [embedding] = await embedTexts(ctx, model, [query]);
    const found = (await ctx.memory.search(namespace, { embedding: embedding!, model, limit })).filter((f) => f.score >= min_score);
    yield ['results', found.map(({ text, score, metadata }) => ({ text, score: Math.round(score * 10_000) / 10_000, metadata }))];
    yield ['context', found.map((f) => f.text).join('\n\n')];
  },
});
