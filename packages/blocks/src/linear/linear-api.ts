import { BlockError, type BlockContext, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const linearCredential: CredentialRequirement = { input: 'credential', kind: 'linear_key', description: 'A Linear personal API key (Settings → API).' };

export const issueSchema = z.object({ id: z.string(), identifier: z.string(), title: z.string(), url: z.string(), state: z.string(), description: z.string() });

export const ISSUE_FIELDS = 'id identifier title url description state { name }';

export function toIssue(raw: unknown): z.infer<typeof issueSchema> {
  const issue = raw as { id: string; identifier: string; title: string; url: string; description?: string | null; state?: { name?: string } };
  return {
    id: issue.id,
    identifier: issue.identifier,
    title: issue.title,
    url: issue.url,
    state: issue.state?.name ?? '',
    description: issue.description ?? '',
  };
}

/** One GraphQL operation against Linear's API; GraphQL errors (which come with status 200) are block errors in Linear's words. */
export async function linear(ctx: BlockContext, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const credential = await ctx.credential('credential');
  const base = (credential.fields.baseUrl || 'https://api.linear.app').replace(/\/$/, '');
  const { body } = await callProvider(ctx, {
    provider: 'Linear',
    method: 'POST',
    url: apiUrl(base, apiPath`/graphql`),
    headers: { authorization: credential.fields.apiKey ?? '' },
    json: { query, variables },
    credentialHint: 'the Linear API key',
  });
  const answer = body as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (answer.errors?.length)
    throw new BlockError('provider', `Linear refused the request: ${answer.errors.map((e) => e.message).join('; ')}.`, { retriable: false });
  return answer.data ?? {};
}
