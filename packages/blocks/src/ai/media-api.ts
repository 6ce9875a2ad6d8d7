import { BlockError, type BlockContext, type CredentialRequirement } from '@blocksmith/sdk';
import { encodeMultipart } from '../shared/multipart.ts';
import { callProvider } from '../shared/provider-api.ts';
import { providerBaseUrl } from './model.ts';
import { apiPath, apiUrl, type ApiPath } from '../shared/api-path.ts';

/** Embeddings, images and audio come through OpenAI's API shape; Anthropic offers none of them. */
export const mediaCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'openai|ollama|openai_compatible',
  description: 'OpenAI, Ollama, or an OpenAI-compatible endpoint that offers this kind of model.',
};

const PROVIDER_NAMES: Record<string, string> = { openai: 'OpenAI', ollama: 'Ollama', openai_compatible: 'The model provider' };

/** One call of the OpenAI-shaped API of the node's credential: JSON in, or a multipart form; the answer's body, bytes and type. */
export async function openAiApi(
  ctx: BlockContext,
  path: ApiPath,
  body: { json: unknown } | { form: FormData },
): Promise<{ body: unknown; bytes: Buffer; contentType: string }> {
  const credential = await ctx.credential('credential');
  const base = providerBaseUrl(credential).href.replace(/\/$/, '');
  const raw = 'form' in body ? await encodeMultipart(body.form) : undefined;
  return callProvider(ctx, {
    provider: PROVIDER_NAMES[credential.kind] ?? credential.kind,
    method: 'POST',
    url: apiUrl(base, path),
    headers: credential.fields.apiKey ? { authorization: `Bearer ${credential.fields.apiKey}` } : {},
    ...('json' in body ? { json: body.json } : { raw: raw! }),
    credentialHint: 'the API key of the credential (Settings → Credentials)',
  });
}

/** The embeddings of the texts, in their order, from `/embeddings`. */
export async function embedTexts(ctx: BlockContext, model: string, texts: string[]): Promise<number[][]> {
  if (texts.length === 0) return [];
  const { body } = await openAiApi(ctx, apiPath`/embeddings`, { json: { model, input: texts } });
  return embeddingsFrom(body, texts.length, model);
}

/** The embeddings an `/embeddings` answer holds, in the order of the texts sent; refused when there is not one per text. */
export function embeddingsFrom(body: unknown, count: number, model: string): number[][] {
  const data = (body as { data?: { index: number; embedding: number[] }[] } | undefined)?.data;
  if (!Array.isArray(data) || data.length !== count) {
    throw new BlockError('provider', `The provider did not answer one embedding per text (${count} sent): check that ${model} is an embedding model.`, {
      retriable: false,
    });
  }
  return [...data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
}

/** The embedding model every block that embeds suggests. */
export const embeddingModelInput = {
  description: 'Embedding model id, e.g. "text-embedding-3-small" (OpenAI) or "nomic-embed-text" (Ollama).',
  default: 'text-embedding-3-small',
};
