import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { pinecone, pineconeCredential } from './pinecone-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const pineconeQuery = defineBlock({
  id: 'pinecone.query',
  name: 'Pinecone: Query',
  description: 'Finds the vectors of a Pinecone index nearest a vector, best first, with their metadata; a metadata filter narrows them.',
  categories: ['pinecone', 'vector store', 'ai'],
  credentials: [pineconeCredential],
  input: z.object({
    vector: z.array(z.number()).min(1),
    top_k: z.number().int().min(1).max(1000).default(5),
    namespace: z.string().default(''),
    filter: z.record(z.string(), z.unknown()).optional().describe('A metadata filter, e.g. { "lang": { "$eq": "en" } }.'),
    credential: z.string().optional(),
  }),
  output: z.object({ matches: z.array(z.object({ id: z.string(), score: z.number(), metadata: z.record(z.string(), z.unknown()) })) }),
  examples: [{ name: 'needs a credential', input: { vector: [0.1] }, error: 'needs a credential of kind pinecone' }],
  async *run({ vector, top_k, namespace, filter }, ctx) {
    const json = { vector, topK: top_k, includeMetadata: true, includeValues: false, ...(namespace ? { namespace } : {}), ...(filter ? { filter } : {}) };
    const answer = (await pinecone(ctx, apiPath`/query`, json)) as { matches?: { id: string; score: number; metadata?: Record<string, unknown> }[] };
    yield ['matches', (answer.matches ?? []).map((m) => ({ id: m.id, score: m.score, metadata: m.metadata ?? {} }))];
  },
});
