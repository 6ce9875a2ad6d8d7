import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { fetchText } from '../web/page-source.ts';
import { parseFeed } from './parse-feed.ts';

/** Item ids remembered per node: enough for any feed's window, bounded so state stays small. */
const SEEN_KEPT = 2000;

export const feedRead = defineBlock({
  id: 'feed.read',
  name: 'Read RSS / Atom Feed',
  description:
    'Reads an RSS or Atom feed. With only_new (the default), it puts out only the items this node has not seen in an earlier run of the agent — run it on a schedule to act on each new post once.',
  categories: ['web'],
  input: z.object({
    url: z.url({ protocol: /^https?$/ }).describe('The feed’s address.'),
    only_new: z.boolean().default(true).describe('Only items not seen by this node in earlier runs.'),
    max_items: z.number().int().min(1).max(1000).default(50),
  }),
  output: z.object({
    items: z.array(z.object({ id: z.string(), title: z.string(), link: z.string(), published: z.string(), summary: z.string() })),
    item: z
      .object({ id: z.string(), title: z.string(), link: z.string(), published: z.string(), summary: z.string() })
      .describe('Each item on its own, to fan out.'),
    title: z.string().describe('The feed’s title.'),
  }),
  timeoutMs: 60_000,
  examples: [{ name: 'keeps to the address policy', input: { url: 'http://127.0.0.1:9/feed.xml' }, error: 'Refused to connect to 127.0.0.1' }],
  async *run({ url, only_new, max_items }, ctx) {
    const response = await fetchText(ctx, url, {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
      maxBytes: 10_000_000,
      what: 'feed',
    });
    const feed = parseFeed(response.body);
    if (!feed)
      throw new BlockError('invalid_feed', `${url} is not an RSS or Atom feed (no <channel> or <feed>): check it is the feed's address, not the site's.`, {
        retriable: false,
      });
    let items = feed.items.slice(0, max_items);
    if (only_new) {
      const seen = new Set((await ctx.state.get('seen')) as string[] | undefined);
      items = items.filter((item) => !seen.has(item.id));
      await ctx.state.set('seen', [...feed.items.map((i) => i.id), ...[...seen].filter((id) => !feed.items.some((i) => i.id === id))].slice(0, SEEN_KEPT));
    }
    yield ['title', feed.title];
    yield ['items', items];
    for (const item of items) yield ['item', item];
  },
});
