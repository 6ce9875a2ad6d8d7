import { InMemoryEventBus, type RunEvent } from '@blocksmith/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './testing/fake-openai-server.ts';

let fake: FakeOpenAiServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const credentialFor = (server: FakeOpenAiServer) => ({ id: 'cred', kind: 'openai_compatible', fields: { baseUrl: server.baseUrl, apiKey: 'sk-test' } });

describe('ai.text against an OpenAI-compatible server', () => {
  it('streams token deltas as progress and yields the whole response with usage', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['Hel', 'lo', ' there'], usage: { prompt_tokens: 7, completion_tokens: 3 } }]);
    const bus = new InMemoryEventBus();
    const progress: RunEvent[] = [];
    bus.subscribe((e) => e.type === 'node_run.progress' && progress.push(e));
    const run = await runBlock(
      'ai.text',
      { prompt: 'Say hello', system: 'Be brief', model: 'tiny', credential: 'cred', temperature: 0.2 },
      { allowPrivateNetwork: true },
      { credentials: [credentialFor(fake)], events: bus },
    );
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs).toEqual({ response: ['Hello there'], usage: [{ input_tokens: 7, output_tokens: 3 }] });
    expect(progress.map((e) => (e as Extract<RunEvent, { type: 'node_run.progress' }>).progress.delta)).toEqual(['Hel', 'lo', ' there']);
    expect(fake.authorizations).toEqual(['Bearer sk-test']);
    expect(fake.requests[0]).toMatchObject({
      model: 'tiny',
      stream: true,
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Say hello' },
      ],
    });
  });

  it('turns a provider error into a node failure that says what happened', async () => {
    fake = await startFakeOpenAiServer([{ chunks: [], status: 401, error: 'Incorrect API key provided' }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, { allowPrivateNetwork: true }, { credentials: [credentialFor(fake)] });
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatchObject({ kind: 'model', message: expect.stringContaining('Incorrect API key provided') });
  });

  it('refuses a model endpoint on a private address unless the operator allows it', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['hi'] }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, {}, { credentials: [credentialFor(fake)] });
    expect(run.error).toMatchObject({ kind: 'forbidden_address' });
    expect(fake.requests).toHaveLength(0);
  });
});
