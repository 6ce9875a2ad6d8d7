import { describe, expect, it } from 'vitest';
import { runBlock } from '../test-support.ts';
import { credentialFor, startFakeAnthropicServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

describe('ai.conversation', () => {
  it('sends the whole conversation and yields it with the reply added', async () => {
    fake = await startFakeAnthropicServer([{ chunks: ['Paris', ', of course.'] }]);
    const messages = [
      { role: 'user', content: 'What is the capital of Italy?' },
      { role: 'assistant', content: 'Rome.' },
      { role: 'user', content: 'And of France?' },
    ];
    const node = await runBlock(
      'ai.conversation',
      { messages, credential: 'cred', model: 'claude-haiku-4-5' },
      { allowPrivateNetwork: true },
      {
        credentials: [credentialFor(fake, 'anthropic')],
      },
    );
    expect(node.outputs.response).toEqual(['Paris, of course.']);
    expect(node.outputs.messages).toEqual([[...messages, { role: 'assistant', content: [{ type: 'text', text: 'Paris, of course.' }] }]]);
    expect(fake.requests[0]!.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'What is the capital of Italy?' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Rome.' }] },
      { role: 'user', content: [{ type: 'text', text: 'And of France?' }] },
    ]);
  });
});
