import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { atlassian, atlassianCredential } from './atlassian-api.ts';
import { apiPath } from '../shared/api-path.ts';

const resultSchema = z.object({ id: z.string(), title: z.string(), excerpt: z.string(), url: z.string() });

export const confluenceSearch = defineBlock({
  id: 'confluence.search',
  name: 'Confluence: Search',
  description: 'Finds Confluence pages by their words (or with a CQL query), with an excerpt and a link each.',
  categories: ['confluence', 'productivity', 'knowledge'],
  credentials: [atlassianCredential],
  input: z.object({
    query: z.string().min(1).describe('Words to find, or a CQL query when `cql` is on.'),
    cql: z.boolean().default(false),
    space: z.string().optional().describe('Only this space (its key).'),
    limit: z.number().int().min(1).max(50).default(10),
    credential: z.string().optional(),
  }),
  output: z.object({ results: z.array(resultSchema) }),
  examples: [{ name: 'needs a credential', input: { query: 'on-call' }, error: 'needs a credential of kind atlassian' }],
  async *run({ query, cql, space, limit }, ctx) {
    const { fields } = await ctx.credential('credential');
    const words = `text ~ ${JSON.stringify(query)} AND type = page`;
    const filter = [cql ? query : words, space ? `space = ${JSON.stringify(space)}` : ''].filter(Boolean).join(' AND ');
    const found = (await atlassian(ctx, 'Confluence', apiPath`/wiki/rest/api/search`, { query: { cql: filter, limit } })) as {
      results?: { content?: { id?: string; title?: string }; title?: string; excerpt?: string; url?: string }[];
    };
    const site = (fields.siteUrl ?? '').replace(/\/$/, '');
    yield [
      'results',
      (found.results ?? []).map((r) => ({
        id: String(r.content?.id ?? ''),
        title: r.content?.title ?? r.title ?? '',
        // Confluence marks the words it matched with @@@hl@@@ … @@@endhl@@@.
        excerpt: (r.excerpt ?? '').replace(/@@@(end)?hl@@@/g, ''),
        url: r.url ? `${site}/wiki${r.url}` : '',
      })),
    ];
  },
});
