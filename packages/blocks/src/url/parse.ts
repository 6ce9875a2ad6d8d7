import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const urlParse = defineBlock({
  id: 'url.parse',
  name: 'Parse URL',
  description: 'Splits a URL into its parts: protocol, host, path, query parameters (as an object) and fragment.',
  categories: ['web', 'text'],
  input: z.object({ url: z.string().min(1), base: z.string().optional().describe('Resolves a relative URL against this one.') }),
  output: z.object({
    href: z.string(),
    protocol: z.string(),
    host: z.string(),
    hostname: z.string(),
    port: z.string(),
    path: z.string(),
    query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    fragment: z.string(),
  }),
  examples: [
    {
      name: 'splits a URL',
      input: { url: 'https://shop.ex.test:8443/items/42?tag=a&tag=b&q=tea%20cup#reviews' },
      output: {
        href: ['https://shop.ex.test:8443/items/42?tag=a&tag=b&q=tea%20cup#reviews'],
        protocol: ['https'],
        host: ['shop.ex.test:8443'],
        hostname: ['shop.ex.test'],
        port: ['8443'],
        path: ['/items/42'],
        query: [{ tag: ['a', 'b'], q: 'tea cup' }],
        fragment: ['reviews'],
      },
    },
    { name: 'names what is not a URL', input: { url: 'not a url' }, error: 'is not a URL' },
  ],
  *run({ url, base }) {
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      throw new BlockError('invalid_input', `"${url}" is not a URL${base ? ` (even relative to ${base})` : ''}: give one like https://example.com/page.`, {
        retriable: false,
      });
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(parsed.searchParams.keys())) {
      const values = parsed.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0]! : values;
    }
    yield ['href', parsed.href];
    yield ['protocol', parsed.protocol.replace(/:$/, '')];
    yield ['host', parsed.host];
    yield ['hostname', parsed.hostname];
    yield ['port', parsed.port];
    yield ['path', decodeURIComponent(parsed.pathname)];
    yield ['query', query];
    yield ['fragment', parsed.hash.replace(/^#/, '')];
  },
});
