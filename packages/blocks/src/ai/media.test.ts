import { InMemoryMemoryStore } from '@blocksmith/engine';
import type { Credential } from '@blocksmith/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlock, runGraph } from '../test-support.ts';
import { startFakeMediaServer, TINY_PNG, type FakeMediaServer } from './testing/index.ts';

describe('AI media and memory blocks against a local server speaking OpenAI’s API', () => {
  let server: FakeMediaServer;
  let good: Credential;
  let badKey: Credential;
  const local = { allowPrivateNetwork: true };

  beforeAll(async () => {
    server = await startFakeMediaServer();
    good = { id: 'cred', kind: 'openai_compatible', fields: { baseUrl: server.baseUrl, apiKey: 'sk-test' } };
    badKey = { id: 'cred', kind: 'openai', fields: { baseUrl: server.baseUrl, apiKey: 'sk-revoked' } };
  });
  afterAll(() => server?.close());

  it('ai.embed answers one vector per text, in order', async () => {
    const run = await runBlock('ai.embed', { texts: ['cats purr', 'dogs bark'], model: 'embed-small', credential: 'cred' }, local, { credentials: [good] });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.dimensions).toEqual([1024]);
    expect((run.outputs.embeddings![0] as number[][]).length).toBe(2);
    expect(server.requests.at(-1)).toMatchObject({
      path: '/v1/embeddings',
      body: { model: 'embed-small', input: ['cats purr', 'dogs bark'] },
      authorization: 'Bearer sk-test',
    });
  });

  it('ai.generate_image saves the drawn PNG as an artifact', async () => {
    const run = await runBlock('ai.generate_image', { prompt: 'a lighthouse', size: '512x512', credential: 'cred' }, local, { credentials: [good] });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.image![0]).toMatchObject({ name: 'image-1.png', contentType: 'image/png', size: TINY_PNG.length });
    expect(run.outputs.revised_prompt).toEqual(['A picture of a lighthouse']);
    expect(server.requests.at(-1)!.body).toEqual({ model: 'gpt-image-1', prompt: 'a lighthouse', size: '512x512', n: 1 });
  });

  it('ai.text_to_speech saves the audio, and ai.speech_to_text uploads it as a multipart file and reads the transcript', async () => {
    const { record, nodeRuns } = await runGraph(
      {
        schemaVersion: 1,
        name: 'Round trip',
        nodes: [
          { id: 'speak', block: 'ai.text_to_speech', inputs: { text: 'Meeting moved to Friday', voice: 'nova', credential: 'cred' } },
          { id: 'listen', block: 'ai.speech_to_text', inputs: { language: 'en', credential: 'cred' } },
        ],
        links: [{ from: { node: 'speak', output: 'audio' }, to: { node: 'listen', input: 'audio' } }],
      },
      local,
      { credentials: [good] },
    );
    expect(record.status).toBe('COMPLETED');
    expect(nodeRuns[0]!.outputs.audio![0]).toMatchObject({ name: 'speech.mp3', contentType: 'audio/mpeg' });
    expect(nodeRuns[1]!.outputs.text).toEqual(['ID3 spoken: Meeting moved to Friday']);
    expect(server.requests.at(-1)).toMatchObject({ path: '/v1/audio/transcriptions', body: { model: 'whisper-1', language: 'en', response_format: 'json' } });
  });

  it('memory.store splits and keeps texts; memory.search finds the closest ones by meaning, per namespace', async () => {
    const memory = new InMemoryMemoryStore();
    const options = { credentials: [good], memory };
    const notes = ['The office opens at nine on weekdays.', 'Parking is behind the building, level two.', 'Lunch is served in the canteen at noon.'];
    const stored = await runBlock(
      'memory.store',
      { texts: notes, namespace: 'handbook', metadata: { source: 'handbook.md' }, credential: 'cred' },
      local,
      options,
    );
    expect(stored.outputs.chunks).toEqual([3]);
    const found = await runBlock('memory.search', { query: 'where is parking', namespace: 'handbook', limit: 2, credential: 'cred' }, local, options);
    expect(found.status).toBe('COMPLETED');
    const results = found.outputs.results![0] as { text: string; score: number; metadata: unknown }[];
    expect(results[0]).toMatchObject({ text: notes[1], metadata: { source: 'handbook.md' } });
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
    expect(found.outputs.context![0]).toMatch(/^Parking is behind the building/);
    const elsewhere = await runBlock('memory.search', { query: 'where is parking', namespace: 'other', credential: 'cred' }, local, options);
    expect(elsewhere.outputs.results).toEqual([[]]);
    const otherModel = await runBlock(
      'memory.search',
      { query: 'parking', namespace: 'handbook', model: 'other-embedder', credential: 'cred' },
      local,
      options,
    );
    expect(otherModel.error?.message).toMatch(/holds embeddings of model text-embedding-3-small; search it with that model/);
  });

  it('says what to fix when the key is refused, waits as asked when rate limited, and refuses Anthropic credentials', async () => {
    const refused = await runBlock('ai.embed', { texts: ['x'], credential: 'cred' }, local, { credentials: [badKey] });
    expect(refused.error).toMatchObject({
      kind: 'credential',
      message: expect.stringMatching(/^OpenAI refused the request \(401: Incorrect API key provided\.\): check the API key/),
    });
    const { nodeRuns } = await runGraph(
      {
        schemaVersion: 1,
        name: 'Busy',
        nodes: [{ id: 'n', block: 'ai.text_to_speech', inputs: { text: 'x', model: 'busy', credential: 'cred' }, options: { retry: { attempts: 1 } } }],
        links: [],
      },
      local,
      { credentials: [good] },
    );
    expect(nodeRuns[0]!.error).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining('it asks to wait 20 s') });
    const anthropic: Credential = { id: 'cred', kind: 'anthropic', fields: { apiKey: 'k' } };
    const wrongKind = await runBlock('ai.generate_image', { prompt: 'x', credential: 'cred' }, local, { credentials: [anthropic] });
    expect(wrongKind.error?.message).toMatch(/is of kind anthropic; "credential" of ai.generate_image needs openai, ollama or openai_compatible/);
  });
});
