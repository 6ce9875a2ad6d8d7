import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { getPublicJson } from '../shared/public-api.ts';
import { languageInput, wikiBase, wikipediaUrlInput } from './wikipedia-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const wikipediaSummary = defineBlock({
  id: 'wikipedia.summary',
  name: 'Wikipedia: Summary',
  description: 'The introduction of a Wikipedia article as plain text, with its description and link; follows redirects.',
  categories: ['web', 'knowledge'],
  input: z.object({
    title: z.string().min(1).max(300).describe('The article’s title, e.g. "Ada Lovelace".'),
    language: languageInput,
    api_url: wikipediaUrlInput,
  }),
  output: z.object({ title: z.string(), description: z.string(), extract: z.string(), url: z.string() }),
  examples: [{ name: 'keeps to the address policy', input: { title: 'Ada Lovelace', api_url: 'http://10.0.0.1/' }, error: 'Refused to connect to 10.0.0.1' }],
  async *run({ title, language, api_url }, ctx) {
    const page = (await getPublicJson(ctx, 'Wikipedia', wikiBase(language, api_url), apiPath`/api/rest_v1/page/summary/${title.replaceAll(' ', '_')}`)) as {
      title: string;
      description?: string;
      extract?: string;
      content_urls?: { desktop?: { page?: string } };
    };
    yield ['title', page.title];
    yield ['description', page.description ?? ''];
    yield ['extract', page.extract ?? ''];
    yield ['url', page.content_urls?.desktop?.page ?? ''];
  },
});
