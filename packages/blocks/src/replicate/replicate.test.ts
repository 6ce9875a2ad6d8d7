import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Replicate's HTTP API as documented: Bearer token, `Prefer: wait`, predictions with status and output, {detail} errors. */
function fakeReplicate(seen: { url: string; body: unknown; prefer: unknown }[]): Server {
  let looks = 0;
  return fakeApiServer((req, _res, raw, json) => {
    seen.push({ url: req.url!, body: raw ? JSON.parse(raw) : undefined, prefer: req.headers.prefer });
    if (req.headers.authorization !== 'Bearer r8_good')
      return json(401, { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 });
    if (req.url === '/v1/models/black-forest-labs/flux-schnell/predictions')
      return json(201, { id: 'p1', status: 'succeeded', output: ['https://replicate.delivery/out-0.webp'], metrics: { predict_time: 1.2 } });
    if (req.url === '/v1/predictions') return json(201, { id: 'p2', status: 'processing', output: null });
    if (req.url === '/v1/predictions/p2')
      return json(200, ++looks < 2 ? { id: 'p2', status: 'processing' } : { id: 'p2', status: 'failed', error: 'CUDA out of memory' });
    if (req.url === '/v1/models/nobody/nothing/predictions')
      return json(404, { title: 'Not found', detail: 'The requested resource could not be found.', status: 404 });
    json(404, { detail: 'Not found.' });
  });
}

describe('Replicate against a local server speaking its API', () => {
  const seen: { url: string; body: unknown; prefer: unknown }[] = [];
  const run = providerSuite(fakeReplicate(seen), (baseUrl) => ({ id: 'rp', kind: 'replicate_token', fields: { token: 'r8_good', baseUrl } }));

  it('runs an official model and waits for its output in the same answer', async () => {
    const ran = await run('replicate.run_model', { model: 'black-forest-labs/flux-schnell', input: { prompt: 'a red fox' } });
    expect(ran.outputs).toEqual({ output: [['https://replicate.delivery/out-0.webp']], prediction_id: ['p1'], seconds: [1.2] });
    expect(seen.at(-1)).toEqual({ url: '/v1/models/black-forest-labs/flux-schnell/predictions', body: { input: { prompt: 'a red fox' } }, prefer: 'wait' });
  });

  it('follows a prediction still running by version, and says why it failed', async () => {
    const version = 'a'.repeat(64);
    const failed = await run('replicate.run_model', { model: `someone/model:${version}`, input: {} });
    expect(failed.error?.message).toBe('Replicate’s prediction p2 failed: CUDA out of memory');
    expect(seen.filter((s) => s.url === '/v1/predictions/p2')).toHaveLength(2);
    expect((await run('replicate.run_model', { model: 'nobody/nothing', input: {} })).error?.message).toContain('The requested resource could not be found.');
    expect((await run('replicate.run_model', { model: 'nobody/nothing', input: {} }, { token: 'bad' })).error?.kind).toBe('credential');
  });
});
