import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { embedTexts, embeddingModelInput, mediaCredential } from './media-api.ts';

export const aiEmbed = defineBlock({
  id: 'ai.embed',
  name: 'AI Embeddings',
  description: 'Turns texts into embedding vectors (one per text, in order) with an embedding model, for similarity, clustering or your own search.',
  categories: ['ai'],
  credentials: [mediaCredential],
  input: z.object({
    texts: z.array(z.string().min(1)).min(1).max(256).describe('The texts to embed.'),
    model: z.string().min(1).default(embeddingModelInput.default).describe(embeddingModelInput.description),
    credential: z.string().optional().describe('Which provider credential to use.'),
  }),
  output: z.object({ embeddings: z.array(z.array(z.number())), dimensions: z.number().int() }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  examples: [{ name: 'needs a provider credential', input: { texts: ['hello'] }, error: 'needs a credential of kind openai, ollama or openai_compatible' }],
  async *run({ texts, model }, ctx) {
    const embeddings = await embedTexts(ctx, model, texts);
    yield ['embeddings', embeddings];
    yield ['dimensions', embeddings[0]?.length ?? 0];
  },
});
