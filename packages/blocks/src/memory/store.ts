import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { embedTexts, mediaCredential } from '../ai/media-api.ts';
import { chunkText } from './chunk-text.ts';
import { memoryInputs } from './memory-inputs.ts';

export const memoryStore = defineBlock({
  id: 'memory.store',
  name: 'Remember',
  description:
    'Keeps texts in your memory (split into chunks, embedded, stored in the platform’s database) for memory.search to find by meaning later, from any of your agents.',
  categories: ['memory', 'ai'],
  credentials: [mediaCredential],
  input: z.object({
    texts: z.array(z.string().min(1)).min(1).max(500).describe('What to remember: notes, documents, answers.'),
    metadata: z.record(z.string(), z.unknown()).default({}).describe('Kept with every chunk and given back by searches, e.g. { "source": "handbook.md" }.'),
    chunk_chars: z
      .number()
      .int()
      .min(0)
      .max(20_000)
      .default(1500)
      .describe('Longer texts are split into chunks of about this many characters; 0 keeps them whole.'),
    ...memoryInputs,
  }),
  output: z.object({ ids: z.array(z.string()), chunks: z.number().int() }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  examples: [
    {
      name: 'needs a provider credential',
      input: { texts: ['The office opens at 9.'] },
      error: 'needs a credential of kind openai, ollama or openai_compatible',
    },
  ],
  async *run({ texts, metadata, chunk_chars, namespace, model }, ctx) {
    const chunks = texts.flatMap((text) => (chunk_chars > 0 ? chunkText(text, chunk_chars) : [text]));
    const embeddings = await embedTexts(ctx, model, chunks);
    const stored = await ctx.memory.add(
      namespace,
      chunks.map((text, i) => ({ text, metadata, model, embedding: embeddings[i]! })),
    );
    yield ['ids', stored.map((s) => s.id)];
    yield ['chunks', stored.length];
  },
});
