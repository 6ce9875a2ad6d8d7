import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/**
 * Qdrant's REST API as documented, with a real nearest-neighbour search (cosine) over the points it was
 * given: api-key header, {result, status: "ok", time} answers, {status: {error}} failures.
 */
function fakeQdrant(): Server {
  const points = new Map<number | string, { vector: number[]; payload: Record<string, unknown> }>();
  const cosine = (a: number[], b: number[]) => {
    const dot = a.reduce((sum, x, i) => sum + x * b[i]!, 0);
    return dot / (Math.hypot(...a) * Math.hypot(...b));
  };
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    if (req.headers['api-key'] !== 'qd-good') return json(401, { status: { error: 'Must provide an API key or an Authorization bearer token' }, time: 0 });
    const url = new URL(req.url!, 'http://x');
    if (!url.pathname.startsWith('/collections/docs/')) return json(404, { status: { error: "Not found: Collection `nope` doesn't exist!" }, time: 0 });
    if (url.pathname === '/collections/docs/points' && req.method === 'PUT') {
      for (const p of body.points as { id: number; vector: number[]; payload: Record<string, unknown> }[]) {
        if (p.vector.length !== 3)
          return json(400, { status: { error: `Wrong input: Vector dimension error: expected dim: 3, got ${p.vector.length}` }, time: 0 });
        points.set(p.id, { vector: p.vector, payload: p.payload });
      }
      return json(200, {
        result: { operation_id: 1, status: url.searchParams.get('wait') === 'true' ? 'completed' : 'acknowledged' },
        status: 'ok',
        time: 0.001,
      });
    }
    const ranked = [...points]
      .map(([id, p]) => ({ id, version: 1, score: cosine(p.vector, body.vector), payload: p.payload }))
      .sort((a, b) => b.score - a.score);
    json(200, { result: ranked.filter((m) => m.score >= (body.score_threshold ?? -1)).slice(0, body.limit), status: 'ok', time: 0.001 });
  });
}

describe('Qdrant blocks against a local server speaking its REST API', () => {
  const run = providerSuite(fakeQdrant(), (baseUrl) => ({ id: 'qd', kind: 'qdrant', fields: { url: baseUrl, apiKey: 'qd-good' } }));

  it('upserts points and finds the nearest with their payloads', async () => {
    const points = [
      { id: 1, vector: [1, 0, 0], payload: { text: 'cats' } },
      { id: 2, vector: [0, 1, 0], payload: { text: 'dogs' } },
      { id: 3, vector: [0.9, 0.1, 0], payload: { text: 'kittens' } },
    ];
    expect((await run('qdrant.upsert', { collection: 'docs', points })).outputs).toEqual({ status: ['completed'], count: [3] });
    const found = await run('qdrant.search', { collection: 'docs', vector: [1, 0.05, 0], limit: 2 });
    expect((found.outputs.matches![0] as { payload: unknown }[]).map((m) => m.payload)).toEqual([{ text: 'cats' }, { text: 'kittens' }]);
  });

  it('says what Qdrant refused', async () => {
    expect((await run('qdrant.upsert', { collection: 'docs', points: [{ id: 4, vector: [1, 0] }] })).error?.message).toBe(
      'Qdrant answered 400: Wrong input: Vector dimension error: expected dim: 3, got 2',
    );
    expect((await run('qdrant.search', { collection: 'nope', vector: [1, 0, 0] })).error?.kind).toBe('not_found');
    expect((await run('qdrant.search', { collection: 'docs', vector: [1, 0, 0] }, { apiKey: 'bad' })).error?.kind).toBe('credential');
  });
});
