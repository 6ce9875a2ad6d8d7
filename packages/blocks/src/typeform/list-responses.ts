import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const typeformCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'typeform_token',
  description: 'A Typeform personal access token with the responses:read scope (Account → Personal tokens).',
};

interface Answer {
  field: { id: string; ref?: string; type?: string };
  type: string;
  [value: string]: unknown;
}

/** An answer's value, by its type: text as text, choices as labels, numbers and yes/no as they are. */
function valueOf(answer: Answer): unknown {
  if (answer.type === 'choice')
    return (answer.choice as { label?: string; other?: string } | undefined)?.label ?? (answer.choice as { other?: string })?.other ?? null;
  if (answer.type === 'choices') return (answer.choices as { labels?: string[] } | undefined)?.labels ?? [];
  // The answer names its own field; one it does not hold (or a name every object inherits) is no value.
  return Object.hasOwn(answer, answer.type) ? (answer[answer.type] ?? null) : null;
}

export const typeformListResponses = defineBlock({
  id: 'typeform.list_responses',
  name: 'Typeform: List Responses',
  description: 'Reads a form’s submitted responses, newest first: each with its answers by field ref (or id), since a time if given.',
  categories: ['typeform', 'forms'],
  credentials: [typeformCredential],
  input: z.object({
    form_id: z.string().min(1).describe('The id in the form’s address, e.g. u6nXL7.'),
    since: z.iso.datetime({ offset: true }).optional(),
    limit: z.number().int().min(1).max(1000).default(25),
    credential: z.string().optional(),
  }),
  output: z.object({
    responses: z.array(z.object({ id: z.string(), submitted: z.string(), answers: z.record(z.string(), z.unknown()) })),
    total: z.number(),
  }),
  examples: [{ name: 'needs a token', input: { form_id: 'u6nXL7' }, error: 'needs a credential of kind typeform_token' }],
  async *run({ form_id, since, limit }, ctx) {
    const { fields } = await ctx.credential('credential');
    const { body } = await callProvider(ctx, {
      provider: 'Typeform',
      url: apiUrl(fields.baseUrl || 'https://api.typeform.com', apiPath`/forms/${form_id}/responses`, {
        page_size: limit,
        completed: true,
        sort: 'submitted_at,desc',
        since,
      }),
      headers: { authorization: `Bearer ${fields.token ?? ''}` },
      credentialHint: 'the Typeform token and its responses:read scope',
    });
    const page = body as { total_items: number; items: { response_id: string; submitted_at: string; answers?: Answer[] | null }[] };
    yield [
      'responses',
      page.items.map((item) => ({
        id: item.response_id,
        submitted: item.submitted_at,
        answers: Object.fromEntries((item.answers ?? []).map((a) => [a.field.ref ?? a.field.id, valueOf(a)])),
      })),
    ];
    yield ['total', page.total_items];
  },
});
