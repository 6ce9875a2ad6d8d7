import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';
import { credentialFor, startFakeOpenAiServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

const run = (inputs: Record<string, unknown>) =>
  runBlock('ai.structured', { credential: 'cred', model: 'tiny', ...inputs }, { allowPrivateNetwork: true }, { credentials: [credentialFor(fake!)] });

const lastMessage = (request: Record<string, unknown>) => (request.messages as { role: string; content: string }[]).at(-1);

describe('ai.structured', () => {
  it('asks for the fields and yields the parsed object, even inside a code fence', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['```json\n{"name": "Ada", ', '"born": 1815}\n```'] }]);
    const node = await run({ prompt: 'Who wrote the first program?', fields: { name: 'full name', born: 'year of birth' } });
    expect(node.outputs.response).toEqual([{ name: 'Ada', born: 1815 }]);
    const system = (fake.requests[0]!.messages as { role: string; content: string }[])[0]!;
    expect(system.role).toBe('system');
    expect(system.content).toContain('"required":["name","born"]');
  });

  it('tells the model what was wrong and asks again, then yields the valid answer', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['Sure! Ada Lovelace.'] }, { chunks: ['{"age": -3}'] }, { chunks: ['{"age": 36}'] }]);
    const node = await run({ prompt: 'How old?', schema: { type: 'object', properties: { age: { type: 'integer', minimum: 0 } }, required: ['age'] } });
    expect(node.outputs.response).toEqual([{ age: 36 }]);
    expect(fake.requests).toHaveLength(3);
    expect(lastMessage(fake.requests[1]!)!.content).toContain('not JSON');
    expect(lastMessage(fake.requests[2]!)!.content).toContain('at age: Too small');
    expect(node.usage?.calls).toBe(3);
  });

  it('gives up after the retries with the last problem', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['no'] }]);
    const node = await run({ prompt: 'x', fields: { a: 'b' }, retries: 1 });
    expect(node.error).toEqual({ kind: 'invalid_model_output', message: expect.stringContaining('after 2 tries: it is not JSON') });
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses a schema it cannot use before calling the model', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['{}'] }]);
    const node = await run({ prompt: 'x', schema: { type: 'frob' } });
    expect(node.error).toMatchObject({ kind: 'invalid_input', message: expect.stringContaining('Unsupported type: frob') });
    expect(fake.requests).toHaveLength(0);
  });
});
