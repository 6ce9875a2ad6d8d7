import { defineBlock, type CredentialRequirement } from '@blocksmith/sdk';
import { z } from 'zod';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

export const apifyCredential: CredentialRequirement = {
  input: 'credential',
  kind: 'apify_token',
  description: 'An Apify API token (Console → Settings → API & Integrations).',
};

export const apifyRunActor = defineBlock({
  id: 'apify.run_actor',
  name: 'Apify: Run Actor',
  description:
    'Runs an Apify Actor (a ready-made scraper such as apify/website-content-crawler) with its input, waits for it, and answers the items of its dataset.',
  categories: ['apify', 'web', 'scraping'],
  credentials: [apifyCredential],
  input: z.object({
    actor: z.string().regex(/^[\w.-]+[/~][\w.-]+$|^\w{17}$/, 'an Actor’s name as username/actor-name, or its id'),
    input: z.record(z.string(), z.unknown()).default({}).describe('The Actor’s input, as its page documents it.'),
    max_items: z.number().int().min(1).max(10_000).default(100),
    timeout_s: z.number().int().min(10).max(300).default(120),
    credential: z.string().optional(),
  }),
  output: z.object({ items: z.array(z.unknown()) }),
  timeoutMs: 320_000,
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { actor: 'apify/rag-web-browser' }, error: 'needs a credential of kind apify_token' }],
  async *run({ actor, input, max_items, timeout_s }, ctx) {
    const { fields } = await ctx.credential('credential');
    const url = apiUrl(fields.baseUrl || 'https://api.apify.com', apiPath`/v2/acts/${actor.replace('/', '~')}/run-sync-get-dataset-items`);
    url.searchParams.set('timeout', String(timeout_s));
    url.searchParams.set('limit', String(max_items));
    url.searchParams.set('format', 'json');
    const { body } = await callProvider(ctx, {
      provider: 'Apify',
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${fields.token ?? ''}` },
      json: input,
      credentialHint: 'the Apify API token',
    });
    yield ['items', Array.isArray(body) ? body : []];
  },
});
