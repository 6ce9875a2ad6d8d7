import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/**
 * A Pinecone index's data plane as documented, with a real nearest-neighbour query (dot product) over what
 * was upserted: Api-Key header, upsertedCount and matches answers, {code, message} errors.
 */
function fakePinecone(seen: { url: string; body: unknown; version: unknown }[]): Server {
  const vectors = new Map<string, { values: number[]; metadata: Record<string, unknown> }>();
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push({ url: req.url!, body, version: req.headers['x-pinecone-api-version'] });
    if (req.headers['api-key'] !== 'pc-good') return json(401, { code: 16, message: 'Invalid API Key', details: [] });
    if (req.url === '/vectors/upsert') {
      for (const v of body.vectors) {
        if (v.values.length !== 2)
          return json(400, { code: 3, message: `Vector dimension ${v.values.length} does not match the dimension of the index 2`, details: [] });
        vectors.set(`${body.namespace ?? ''}/${v.id}`, v);
      }
      return json(200, { upsertedCount: body.vectors.length });
    }
    const matches = [...vectors]
      .filter(([key]) => key.startsWith(`${body.namespace ?? ''}/`))
      .map(([key, v]) => ({ id: key.split('/')[1]!, score: v.values[0]! * body.vector[0] + v.values[1]! * body.vector[1], metadata: v.metadata }))
      .sort((a, b) => b.score - a.score)
      .slice(0, body.topK);
    json(200, { matches, namespace: body.namespace ?? '', usage: { readUnits: 5 } });
  });
}

describe('Pinecone blocks against a local server speaking its data plane API', () => {
  const seen: { url: string; body: unknown; version: unknown }[] = [];
  const run = providerSuite(fakePinecone(seen), (baseUrl) => ({ id: 'pc', kind: 'pinecone', fields: { apiKey: 'pc-good', indexHost: baseUrl } }));

  it('upserts into a namespace and queries it', async () => {
    const vectors = [
      { id: 'a', values: [1, 0], metadata: { text: 'cats' } },
      { id: 'b', values: [0, 1], metadata: { text: 'dogs' } },
    ];
    expect((await run('pinecone.upsert', { vectors, namespace: 'pets' })).outputs).toEqual({ upserted: [2] });
    expect(seen.at(-1)!.version).toBe('2025-01');
    expect((await run('pinecone.query', { vector: [0.1, 0.9], top_k: 1, namespace: 'pets' })).outputs.matches).toEqual([
      [{ id: 'b', score: 0.9, metadata: { text: 'dogs' } }],
    ]);
    expect((await run('pinecone.query', { vector: [0.1, 0.9] })).outputs.matches).toEqual([[]]);
  });

  it('says what Pinecone refused', async () => {
    expect((await run('pinecone.upsert', { vectors: [{ id: 'c', values: [1, 2, 3] }] })).error?.message).toBe(
      'Pinecone answered 400: Vector dimension 3 does not match the dimension of the index 2',
    );
    expect((await run('pinecone.query', { vector: [1, 0] }, { apiKey: 'bad' })).error?.kind).toBe('credential');
  });
});
