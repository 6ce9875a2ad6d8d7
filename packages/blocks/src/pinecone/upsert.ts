import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { pinecone, pineconeCredential } from './pinecone-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const pineconeUpsert = defineBlock({
  id: 'pinecone.upsert',
  name: 'Pinecone: Upsert Vectors',
  description: 'Stores vectors with metadata in a Pinecone index (a namespace of it if given), replacing those with the same ids.',
  categories: ['pinecone', 'vector store', 'ai'],
  credentials: [pineconeCredential],
  input: z.object({
    vectors: z
      .array(z.object({ id: z.string().min(1).max(512), values: z.array(z.number()).min(1), metadata: z.record(z.string(), z.unknown()).default({}) }))
      .min(1)
      .max(1000),
    namespace: z.string().default(''),
    credential: z.string().optional(),
  }),
  output: z.object({ upserted: z.number() }),
  examples: [{ name: 'needs a credential', input: { vectors: [{ id: 'a', values: [0.1] }] }, error: 'needs a credential of kind pinecone' }],
  async *run({ vectors, namespace }, ctx) {
    const answer = (await pinecone(ctx, apiPath`/vectors/upsert`, { vectors, ...(namespace ? { namespace } : {}) })) as { upsertedCount?: number };
    yield ['upserted', answer.upsertedCount ?? 0];
  },
});
