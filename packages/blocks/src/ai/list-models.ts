import { BlockError, type Credential } from '@blocksmith/sdk';
import { outboundFetch, type OutboundPolicy } from '../outbound/index.ts';
import { providerBaseUrl } from './model.ts';

/** The version header Anthropic's API requires on every request. */
const ANTHROPIC_VERSION = '2023-06-01';

/**
 * Asks the provider which models the credential may use (`GET /models`, which
 * OpenAI, Anthropic, Ollama and most OpenAI-compatible servers answer): a
 * cheap call that also proves the key works.
 */
export async function listModels(credential: Credential, network: OutboundPolicy, signal?: AbortSignal): Promise<string[]> {
  const base = providerBaseUrl(credential);
  const apiKey = credential.fields.apiKey;
  const headers: Record<string, string> =
    credential.kind === 'anthropic'
      ? { 'anthropic-version': ANTHROPIC_VERSION, ...(apiKey ? { 'x-api-key': apiKey } : {}) }
      : apiKey
        ? { authorization: `Bearer ${apiKey}` }
        : {};
  const url = `${base.href.replace(/\/$/, '')}/models`;
  let response: Response;
  try {
    response = await outboundFetch(network)(url, { headers, signal: signal ?? AbortSignal.timeout(15_000) });
  } catch (error) {
    // outboundFetch throws the address policy's refusal as it is: it says what to do.
    if (error instanceof BlockError) throw error;
    const cause = (error as Error).cause instanceof Error ? `: ${((error as Error).cause as Error).message}` : '';
    throw new BlockError('model', `Could not reach ${base.host}: ${(error as Error).message}${cause}.`);
  }
  const body = (await response.json().catch(() => undefined)) as { data?: { id?: unknown }[]; error?: { message?: string } } | undefined;
  if (!response.ok) {
    throw new BlockError('model', `${base.host} answered ${response.status}: ${body?.error?.message ?? response.statusText}.`, {
      retriable: response.status === 429 || response.status >= 500,
    });
  }
  return (body?.data ?? []).map((model) => model.id).filter((id): id is string => typeof id === 'string');
}
