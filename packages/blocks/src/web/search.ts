import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { SEARCH_CREDENTIAL_KINDS, searchWeb } from './search-providers.ts';

export const webSearch = defineBlock({
  id: 'web.search',
  name: 'Web Search',
  description:
    'Searches the web through Tavily, Exa, Brave Search, SerpApi or Jina — whichever the credential is for — and puts out the results (title, URL, snippet). Give it to an agent as a tool to let it look things up.',
  categories: ['web', 'ai'],
  credentials: [{ input: 'credential', kind: SEARCH_CREDENTIAL_KINDS, description: 'An API key of a search service.' }],
  input: z.object({ query: z.string().min(1).max(2000), limit: z.number().int().min(1).max(50).default(5), credential: z.string().optional() }),
  output: z.object({
    results: z.array(z.object({ title: z.string(), url: z.string(), snippet: z.string() })),
    provider: z.string().describe('The service that answered.'),
  }),
  examples: [{ name: 'needs a search service', input: { query: 'compost' }, error: 'needs a credential of kind' }],
  async *run({ query, limit }, ctx) {
    const { provider, results } = await searchWeb(ctx, query, limit);
    yield ['results', results];
    yield ['provider', provider];
  },
});
