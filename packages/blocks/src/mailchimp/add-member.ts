import { createHash } from 'node:crypto';
import { BlockError, defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl, type ApiPath } from '../shared/api-path.ts';

export const mailchimpCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'mailchimp',
  description: 'A Mailchimp API key (Profile → Extras → API keys); its ending, e.g. -us21, names the data centre.',
};

export const mailchimpAddMember = defineBlock({
  id: 'mailchimp.add_member',
  name: 'Mailchimp: Add or Update Subscriber',
  description:
    'Adds a person to a Mailchimp audience, or updates them if already there: merge fields (FNAME, LNAME…) and tags; new people subscribed or sent a confirmation first.',
  categories: ['mailchimp', 'email', 'marketing'],
  credentials: [mailchimpCredential],
  input: z.object({
    list_id: z.string().min(1).describe('The audience id (Audience → Settings → Audience name and defaults).'),
    email: z.email(),
    merge_fields: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    tags: z.array(z.string()).default([]),
    double_opt_in: z.boolean().default(false).describe('New people get a confirmation email first (status pending).'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), status: z.string() }),
  examples: [{ name: 'needs a key', input: { list_id: 'a1', email: 'ada@example.com' }, error: 'needs a credential of kind mailchimp' }],
  async *run({ list_id, email, merge_fields, tags, double_opt_in }, ctx) {
    const { fields } = await ctx.credential('credential');
    const key = fields.apiKey ?? '';
    const dataCentre = /-([a-z]+\d+)$/.exec(key)?.[1];
    if (!fields.baseUrl && !dataCentre)
      throw new BlockError('credential', 'The Mailchimp API key should end with its data centre, e.g. -us21: copy the whole key.', { retriable: false });
    const base = fields.baseUrl || `https://${dataCentre}.api.mailchimp.com`;
    const call = async (method: 'PUT' | 'POST', path: ApiPath, json: unknown) =>
      (
        await callProvider(ctx, {
          provider: 'Mailchimp',
          method,
          url: apiUrl(base, path),
          headers: { authorization: `Basic ${Buffer.from(`blocksmith:${key}`).toString('base64')}` },
          json,
          credentialHint: 'the Mailchimp API key',
        })
      ).body;
    // Mailchimp names a member by the MD5 of the lower-cased address, so one PUT adds or updates.
    const hash = createHash('md5').update(email.toLowerCase()).digest('hex');
    const member = (await call('PUT', apiPath`/3.0/lists/${list_id}/members/${hash}`, {
      email_address: email,
      status_if_new: double_opt_in ? 'pending' : 'subscribed',
      ...(Object.keys(merge_fields).length > 0 ? { merge_fields } : {}),
    })) as { id: string; status: string };
    if (tags.length > 0) await call('POST', apiPath`/3.0/lists/${list_id}/members/${hash}/tags`, { tags: tags.map((name) => ({ name, status: 'active' })) });
    yield ['id', member.id];
    yield ['status', member.status];
  },
});
