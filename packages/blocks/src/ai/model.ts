import { BlockError, type Credential } from '@blocksmith/sdk';
import type { LanguageModel } from 'ai';
import { outboundFetch, type OutboundPolicy } from '../outbound/index.ts';

/** The credential kinds that give access to a language model. */
export const MODEL_CREDENTIAL_KINDS = 'openai|anthropic|ollama|openai_compatible';

/** Where each provider listens unless its credential names another base URL (a proxy, a gateway, a remote Ollama). */
const DEFAULT_BASE_URLS: Record<string, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  ollama: 'http://localhost:11434/v1',
};

/** The base URL a model credential calls (the address policy judges it when the call connects). */
export function providerBaseUrl(credential: Credential): URL {
  const baseUrl = credential.fields.baseUrl || DEFAULT_BASE_URLS[credential.kind];
  if (!baseUrl) throw new BlockError('credential', `Credential ${credential.id} has no base URL: edit it and add one.`, { retriable: false });
  return new URL(baseUrl);
}

/**
 * The language model a credential and model id select: Anthropic through its own API, the rest through the OpenAI wire format.
 * The provider SDKs are loaded on the first model call, not with the block library (shared/load-later.ts says why).
 */
export async function languageModel(credential: Credential, modelId: string, network: OutboundPolicy): Promise<LanguageModel> {
  const baseURL = providerBaseUrl(credential).href.replace(/\/$/, '');
  const apiKey = credential.fields.apiKey;
  const fetch = outboundFetch(network);
  if (credential.kind === 'anthropic') {
    const { createAnthropic } = await import('@ai-sdk/anthropic');
    return createAnthropic({ baseURL, fetch, ...(apiKey ? { apiKey } : {}) })(modelId);
  }
  const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
  const provider = createOpenAICompatible({ name: credential.kind, baseURL, fetch, ...(apiKey ? { apiKey } : {}), includeUsage: true });
  return provider.chatModel(modelId);
}
