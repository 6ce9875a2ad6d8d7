import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const urlBuild = defineBlock({
  id: 'url.build',
  name: 'Build URL',
  description: 'Makes a URL from a base, a path and query parameters, encoding each part — for APIs called with HTTP Request.',
  categories: ['web', 'text'],
  input: z.object({
    base: z.string().min(1).describe('e.g. https://api.example.com/v1'),
    path: z.string().default('').describe('Added to the base’s path, e.g. "items/42".'),
    query: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])), z.null()]))
      .default({})
      .describe('null leaves a parameter out; a list repeats it.'),
  }),
  output: z.object({ url: z.string() }),
  examples: [
    {
      name: 'joins and encodes',
      input: { base: 'https://api.ex.test/v1/', path: '/search', query: { q: 'tea & cake', tag: ['a', 'b'], page: 2, skip: null } },
      output: { url: ['https://api.ex.test/v1/search?q=tea+%26+cake&tag=a&tag=b&page=2'] },
    },
    { name: 'names a base that is not a URL', input: { base: 'api.ex.test' }, error: 'is not an absolute URL' },
  ],
  *run({ base, path, query }) {
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new BlockError('invalid_input', `The base "${base}" is not an absolute URL: start it with https://.`, { retriable: false });
    }
    if (path) url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
    for (const [key, value] of Object.entries(query)) {
      if (value === null) continue;
      for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(one));
    }
    yield ['url', url.href];
  },
});
