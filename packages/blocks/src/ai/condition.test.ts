import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';
import { credentialFor, startFakeOpenAiServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

describe('ai.condition', () => {
  it.each([
    [true, 'yes'],
    [false, 'no'],
  ])('answer %s routes the value to %s with the reason', async (answer, pin) => {
    fake = await startFakeOpenAiServer([{ chunks: [JSON.stringify({ answer, reason: 'Because.' })] }]);
    const node = await runBlock(
      'ai.condition',
      { question: 'Is this review positive?', value: { stars: 5, text: 'Loved it' }, credential: 'cred', model: 'tiny' },
      { allowPrivateNetwork: true },
      { credentials: [credentialFor(fake)] },
    );
    expect(node.outputs).toEqual({ result: [answer], reason: ['Because.'], [pin]: [{ stars: 5, text: 'Loved it' }] });
    const user = (fake.requests[0]!.messages as { role: string; content: string }[]).at(-1)!;
    expect(user.content).toContain('Is this review positive?');
    expect(user.content).toContain('"stars": 5');
  });
});
