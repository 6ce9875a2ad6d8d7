import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { collectionName, pointId, qdrant, qdrantCredential } from './qdrant-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const qdrantUpsert = defineBlock({
  id: 'qdrant.upsert',
  name: 'Qdrant: Upsert Points',
  description: 'Stores vectors with their payloads in a Qdrant collection (replacing points with the same ids), and waits until they are searchable.',
  categories: ['qdrant', 'vector store', 'ai'],
  credentials: [qdrantCredential],
  input: z.object({
    collection: collectionName,
    points: z
      .array(z.object({ id: pointId, vector: z.array(z.number()).min(1), payload: z.record(z.string(), z.unknown()).default({}) }))
      .min(1)
      .max(1000),
    credential: z.string().optional(),
  }),
  output: z.object({ status: z.string(), count: z.number() }),
  examples: [
    { name: 'needs a credential', input: { collection: 'docs', points: [{ id: 1, vector: [0.1, 0.2] }] }, error: 'needs a credential of kind qdrant' },
  ],
  async *run({ collection, points }, ctx) {
    const result = (await qdrant(ctx, apiPath`/collections/${collection}/points?wait=true`, 'PUT', { points })) as { status?: string };
    yield ['status', result?.status ?? ''];
    yield ['count', points.length];
  },
});
