import type { BlockContext, CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiUrl, type ApiPath } from '../shared/api-path.ts';

export const zendeskCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'zendesk',
  description: 'Your Zendesk address (https://your-team.zendesk.com), an agent’s email and an API token (Admin Center → Apps and integrations → Zendesk API).',
};

/** Calls Zendesk Support's API v2 as the agent (Basic `email/token:api token`). */
export async function zendesk(
  ctx: BlockContext,
  path: ApiPath,
  options: { method?: 'GET' | 'POST' | 'PUT'; json?: unknown; query?: Record<string, string | undefined> } = {},
): Promise<unknown> {
  const { fields } = await ctx.credential('credential');
  const url = apiUrl(`${(fields.siteUrl ?? '').replace(/\/$/, '')}/api/v2`, path, options.query);
  const { body } = await callProvider(ctx, {
    provider: 'Zendesk',
    method: options.method ?? 'GET',
    url,
    headers: { authorization: `Basic ${Buffer.from(`${fields.email ?? ''}/token:${fields.apiToken ?? ''}`).toString('base64')}` },
    ...(options.json !== undefined ? { json: options.json } : {}),
    credentialHint: 'the Zendesk email and API token',
  });
  return body;
}

export const ticketSchema = z.object({
  id: z.number(),
  subject: z.string(),
  description: z.string(),
  status: z.string(),
  priority: z.string(),
  requester_id: z.number(),
  tags: z.array(z.string()),
  url: z.string(),
});

export function toTicket(raw: unknown, siteUrl: string): z.infer<typeof ticketSchema> {
  const t = raw as {
    id: number;
    subject?: string | null;
    description?: string;
    status?: string;
    priority?: string | null;
    requester_id?: number;
    tags?: string[];
  };
  return {
    id: t.id,
    subject: t.subject ?? '',
    description: t.description ?? '',
    status: t.status ?? '',
    priority: t.priority ?? '',
    requester_id: t.requester_id ?? 0,
    tags: t.tags ?? [],
    url: `${siteUrl.replace(/\/$/, '')}/agent/tickets/${t.id}`,
  };
}

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
