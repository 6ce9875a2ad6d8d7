import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { getPublicJson } from '../shared/public-api.ts';
import { languageInput, wikiBase, wikipediaUrlInput } from './wikipedia-api.ts';
import { htmlToText } from '../shared/html-to-text.ts';
import { apiPath } from '../shared/api-path.ts';

export const wikipediaSearch = defineBlock({
  id: 'wikipedia.search',
  name: 'Wikipedia: Search',
  description: 'Searches Wikipedia’s articles; gives titles, a snippet of the matching text, and links.',
  categories: ['web', 'knowledge'],
  input: z.object({
    query: z.string().min(1).max(300),
    limit: z.number().int().min(1).max(50).default(5),
    language: languageInput,
    api_url: wikipediaUrlInput,
  }),
  output: z.object({ results: z.array(z.object({ title: z.string(), snippet: z.string(), url: z.string() })) }),
  examples: [{ name: 'keeps to the address policy', input: { query: 'Ada Lovelace', api_url: 'http://10.0.0.1/' }, error: 'Refused to connect to 10.0.0.1' }],
  async *run({ query, limit, language, api_url }, ctx) {
    const base = wikiBase(language, api_url);
    const found = (await getPublicJson(ctx, 'Wikipedia', base, apiPath`/w/api.php`, {
      action: 'query',
      list: 'search',
      srsearch: query,
      srlimit: limit,
      format: 'json',
      formatversion: 2,
    })) as {
      query?: { search?: { title: string; snippet: string }[] };
    };
    yield [
      'results',
      (found.query?.search ?? []).map((r) => ({
        title: r.title,
        snippet: htmlToText(r.snippet),
        url: `${base}/wiki/${encodeURIComponent(r.title.replaceAll(' ', '_'))}`,
      })),
    ];
  },
});
