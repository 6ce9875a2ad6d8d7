import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const trelloCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'trello',
  description: 'A Trello API key and a token it issued (trello.com/power-ups/admin → API key → Token).',
};

/** Calls Trello's REST API v1: the key and token go in the Authorization header's OAuth form, not the URL. */
export async function trello(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT'; query?: Record<string, string | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(`${(fields.baseUrl || 'https://api.trello.com').replace(/\/$/, '')}/1`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Trello',
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `OAuth oauth_consumer_key="${fields.apiKey ?? ''}", oauth_token="${fields.token ?? ''}"` },
    credentialHint: 'the Trello API key and token',
  });
  return body;
}

export const cardSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), due: z.string(), url: z.string(), list_id: z.string() });

export const toCard = (raw: unknown): z.infer<typeof cardSchema> => {
  const card = raw as { id: string; name: string; desc?: string; due?: string | null; url?: string; idList?: string };
  return { id: card.id, name: card.name, description: card.desc ?? '', due: card.due ?? '', url: card.url ?? '', list_id: card.idList ?? '' };
};
