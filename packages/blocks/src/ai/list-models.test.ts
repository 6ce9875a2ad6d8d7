import { describe, expect, it } from 'vitest';
import { listModels } from './list-models.ts';
import type { OutboundPolicy } from '../outbound/index.ts';
import { credentialFor, startFakeAnthropicServer, startFakeOpenAiServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;
const open: OutboundPolicy = { allowPrivateNetwork: true, allowedHosts: [], allowedSockets: [] };
const closed: OutboundPolicy = { allowPrivateNetwork: false, allowedHosts: [], allowedSockets: [] };

describe('listModels', () => {
  it('lists an OpenAI-compatible provider’s models with the bearer key', async () => {
    fake = await startFakeOpenAiServer([], ['gpt-4o-mini', 'gpt-4o']);
    expect(await listModels(credentialFor(fake), open)).toEqual(['gpt-4o-mini', 'gpt-4o']);
    expect(fake.headers[0]!.authorization).toBe('Bearer sk-test');
  });

  it('lists Anthropic models with x-api-key and the API version', async () => {
    fake = await startFakeAnthropicServer([], ['claude-haiku-4-5']);
    expect(await listModels(credentialFor(fake, 'anthropic'), open)).toEqual(['claude-haiku-4-5']);
    expect(fake.headers[0]).toMatchObject({ 'x-api-key': 'sk-test', 'anthropic-version': '2023-06-01' });
  });

  it('says which host could not be reached', async () => {
    const credential = { id: 'c', kind: 'openai_compatible', fields: { baseUrl: 'http://127.0.0.1:9/v1' } };
    await expect(listModels(credential, open)).rejects.toThrow('Could not reach 127.0.0.1:9');
  });

  it('follows the private-address policy', async () => {
    fake = await startFakeOpenAiServer([]);
    await expect(listModels(credentialFor(fake), closed)).rejects.toThrow('private address');
    const host = new URL(credentialFor(fake).fields.baseUrl!).host;
    expect(await listModels(credentialFor(fake), { allowPrivateNetwork: false, allowedHosts: [host], allowedSockets: [] })).toEqual(expect.any(Array));
  });
});
