import { BlockError, type Credential } from '@blocksmith/sdk';
import { outboundFetch, type OutboundPolicy } from '../outbound/index.ts';
import { embeddingsFrom } from './media-api.ts';
import { providerBaseUrl } from './model.ts';

/**
 * Embeds texts with a model credential outside any run — the server filling a knowledge base, or testing
 * a query against it — through the same outbound policy as every block's call.
 */
export async function embedOutsideRun(
  credential: Credential,
  network: OutboundPolicy,
  model: string,
  texts: string[],
  signal?: AbortSignal,
): Promise<number[][]> {
  if (texts.length === 0) return [];
  const base = providerBaseUrl(credential);
  const apiKey = credential.fields.apiKey;
  let response: Response;
  try {
    response = await outboundFetch(network)(`${base.href.replace(/\/$/, '')}/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ model, input: texts }),
      signal: signal ?? AbortSignal.timeout(60_000),
    });
  } catch (error) {
    // outboundFetch throws the address policy's refusal as it is: it says what to do.
    if (error instanceof BlockError) throw error;
    throw new BlockError('model', `Could not reach ${base.host}: ${(error as Error).message}.`);
  }
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok) {
    throw new BlockError('model', `${base.host} answered ${response.status}: ${body?.error?.message ?? response.statusText}.`, {
      retriable: response.status === 429 || response.status >= 500,
    });
  }
  return embeddingsFrom(body, texts.length, model);
}
