import { InMemoryEventBus, type RunEvent } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';
import { credentialFor, startFakeAnthropicServer, startFakeOpenAiServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

const allowLocal = { allowPrivateNetwork: true };

function progressOf(bus: InMemoryEventBus): RunEvent[] {
  const progress: RunEvent[] = [];
  bus.subscribe((e) => e.type === 'node_run.progress' && progress.push(e));
  return progress;
}

const deltas = (events: RunEvent[]) => events.map((e) => (e as Extract<RunEvent, { type: 'node_run.progress' }>).progress.delta);

describe('ai.text against an OpenAI-compatible server', () => {
  it('streams token deltas as progress and yields the whole response with usage', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['Hel', 'lo', ' there'], usage: { inputTokens: 7, outputTokens: 3 } }]);
    const bus = new InMemoryEventBus();
    const progress = progressOf(bus);
    const run = await runBlock('ai.text', { prompt: 'Say hello', system: 'Be brief', model: 'tiny', credential: 'cred', temperature: 0.2 }, allowLocal, {
      credentials: [credentialFor(fake)],
      events: bus,
    });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs).toEqual({ response: ['Hello there'], usage: [{ input_tokens: 7, output_tokens: 3 }] });
    expect(deltas(progress)).toEqual(['Hel', 'lo', ' there']);
    expect(fake.headers.map((h) => h.authorization)).toEqual(['Bearer sk-test']);
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

  it('records tokens and the cost at the model’s list price on the node run', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['ok'], usage: { inputTokens: 1_000_000, outputTokens: 100_000 } }]);
    const run = await runBlock('ai.text', { prompt: 'x', model: 'gpt-4o-mini', credential: 'cred' }, allowLocal, { credentials: [credentialFor(fake)] });
    expect(run.usage).toEqual({ inputTokens: 1_000_000, outputTokens: 100_000, costUsd: 0.15 + 0.06, calls: 1, unpricedCalls: 0 });
  });

  it('turns a provider error into a node failure that says what happened', async () => {
    fake = await startFakeOpenAiServer([{ status: 401, error: 'Incorrect API key provided' }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, allowLocal, { credentials: [credentialFor(fake)] });
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatchObject({ kind: 'model', message: expect.stringContaining('Incorrect API key provided') });
  });

  it('uses the user’s only model credential when the node chose none', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['hi'] }]);
    const run = await runBlock('ai.text', { prompt: 'x' }, allowLocal, { credentials: [credentialFor(fake)] });
    expect(run.outputs.response).toEqual(['hi']);
  });

  it('keeps a key the provider echoes out of the failure message', async () => {
    fake = await startFakeOpenAiServer([{ status: 401, error: 'Incorrect API key provided: sk-test' }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, allowLocal, { credentials: [credentialFor(fake)] });
    expect(run.error?.message).toContain('Incorrect API key provided: [redacted]');
  });

  it('refuses a model endpoint on a private address unless the operator allows it', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['hi'] }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, {}, { credentials: [credentialFor(fake)] });
    expect(run.error).toMatchObject({ kind: 'forbidden_address' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('ai.text against an Anthropic-compatible server', () => {
  it('streams through the Messages API with the key in x-api-key', async () => {
    fake = await startFakeAnthropicServer([{ chunks: ['Bon', 'jour'], usage: { inputTokens: 11, outputTokens: 2 } }]);
    const bus = new InMemoryEventBus();
    const progress = progressOf(bus);
    const run = await runBlock('ai.text', { prompt: 'Greet me', system: 'French only', model: 'claude-haiku-4-5', credential: 'cred' }, allowLocal, {
      credentials: [credentialFor(fake, 'anthropic')],
      events: bus,
    });
    expect(run.outputs).toEqual({ response: ['Bonjour'], usage: [{ input_tokens: 11, output_tokens: 2 }] });
    expect(deltas(progress)).toEqual(['Bon', 'jour']);
    expect(fake.headers[0]).toMatchObject({ 'x-api-key': 'sk-test', 'anthropic-version': expect.any(String) });
    expect(fake.requests[0]).toMatchObject({ model: 'claude-haiku-4-5', stream: true, system: [{ type: 'text', text: 'French only' }] });
    expect(run.usage).toMatchObject({ inputTokens: 11, outputTokens: 2, costUsd: (11 * 1 + 2 * 5) / 1_000_000 });
  });

  it('reports an Anthropic error with its message', async () => {
    fake = await startFakeAnthropicServer([{ status: 401, error: 'invalid x-api-key' }]);
    const run = await runBlock('ai.text', { prompt: 'x', credential: 'cred' }, allowLocal, { credentials: [credentialFor(fake, 'anthropic')] });
    expect(run.error).toMatchObject({ kind: 'model', message: expect.stringContaining('invalid x-api-key') });
  });
});
