import { z } from 'zod';
import { embeddingModelInput } from '../ai/media-api.ts';

/** What memory.store and memory.search share: which memory, and the embedding model (a search must use the model the texts were stored with). */
export const memoryInputs = {
  namespace: z
    .string()
    .regex(/^[\w.:-]{1,100}$/, 'may only contain letters, digits, "_", ".", ":" and "-"')
    .default('default')
    .describe('Which of your memories: e.g. "notes" or "support-docs".'),
  model: z.string().min(1).default(embeddingModelInput.default).describe(embeddingModelInput.description),
  credential: z.string().optional().describe('Which provider credential embeds the texts.'),
};
