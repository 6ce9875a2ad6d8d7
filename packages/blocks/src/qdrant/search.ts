import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { collectionName, qdrant, qdrantCredential } from './qdrant-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const qdrantSearch = defineBlock({
  id: 'qdrant.search',
  name: 'Qdrant: Search',
  description: 'Finds the points of a Qdrant collection nearest a vector, best first, with their payloads; a filter narrows them.',
  categories: ['qdrant', 'vector store', 'ai'],
  credentials: [qdrantCredential],
  input: z.object({
    collection: collectionName,
    vector: z.array(z.number()).min(1),
    limit: z.number().int().min(1).max(100).default(5),
    filter: z.record(z.string(), z.unknown()).optional().describe('A Qdrant filter, e.g. { "must": [{ "key": "lang", "match": { "value": "en" } }] }.'),
    min_score: z.number().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ matches: z.array(z.object({ id: z.union([z.number(), z.string()]), score: z.number(), payload: z.record(z.string(), z.unknown()) })) }),
  examples: [{ name: 'needs a credential', input: { collection: 'docs', vector: [0.1, 0.2] }, error: 'needs a credential of kind qdrant' }],
  async *run({ collection, vector, limit, filter, min_score }, ctx) {
    const json = { vector, limit, with_payload: true, ...(filter ? { filter } : {}), ...(min_score !== undefined ? { score_threshold: min_score } : {}) };
    const found = (await qdrant(ctx, apiPath`/collections/${collection}/points/search`, 'POST', json)) as {
      id: number | string;
      score: number;
      payload?: Record<string, unknown> | null;
    }[];
    yield ['matches', (found ?? []).map((m) => ({ id: m.id, score: m.score, payload: m.payload ?? {} }))];
  },
});
