import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { BlockError, type Credential } from '@blocksmith/sdk';
import type { LanguageModel } from 'ai';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../shared/network-guard.ts';

/** `openai` credentials call OpenAI's API; `openai_compatible` ones their own base URL — both through one client. */
const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** The language model a credential and model id select. */
export async function languageModel(credential: Credential, modelId: string, allowPrivateNetwork: boolean): Promise<LanguageModel> {
  const baseURL = credential.kind === 'openai' ? OPENAI_BASE_URL : credential.fields.baseUrl;
  if (!baseURL) throw new BlockError('credential', `Credential ${credential.id} has no base URL.`, { retriable: false });
  if (!allowPrivateNetwork) await assertPublic(new URL(baseURL));
  const provider = createOpenAICompatible({
    name: credential.kind,
    baseURL,
    ...(credential.fields.apiKey ? { apiKey: credential.fields.apiKey } : {}),
    includeUsage: true,
  });
  return provider.chatModel(modelId);
}

/** Model endpoints follow the same address policy as http.request. */
async function assertPublic(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) {
    throw new BlockError(
      'forbidden_address',
      `Refused to call the model at ${url.host} (${blocked}): it is a private address. An operator can allow this with BLOCKSMITH_ALLOW_PRIVATE_NETWORK=1 (e.g. for a local Ollama).`,
      { retriable: false },
    );
  }
}
