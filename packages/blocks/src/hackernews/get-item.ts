import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { hackerNewsUrl, item, storySchema, toStory } from './hackernews-api.ts';
import { htmlToText } from '../shared/html-to-text.ts';

export const hackerNewsGetItem = defineBlock({
  id: 'hackernews.get_item',
  name: 'Hacker News: Story and Comments',
  description: 'One Hacker News story with its top comments (as plain text), e.g. to summarize a discussion.',
  categories: ['web', 'news'],
  input: z.object({
    id: z.number().int().min(1).describe('The number in news.ycombinator.com/item?id=…'),
    comments: z.number().int().min(0).max(100).default(20),
    api_url: hackerNewsUrl,
  }),
  output: z.object({ story: storySchema, comments: z.array(z.object({ by: z.string(), text: z.string() })) }),
  examples: [{ name: 'keeps to the address policy', input: { id: 1, api_url: 'http://127.0.0.1:9/v0' }, error: 'Refused to connect to 127.0.0.1' }],
  async *run({ id, comments, api_url }, ctx) {
    const raw = await item(ctx, api_url, id);
    if (!raw) throw new BlockError('not_found', `Hacker News has no item ${id}.`, { retriable: false });
    const kids = ((raw.kids as number[] | undefined) ?? []).slice(0, comments);
    const replies = await Promise.all(kids.map((kid) => item(ctx, api_url, kid)));
    yield ['story', toStory(raw)];
    yield ['comments', replies.flatMap((r) => (r && !r.deleted && !r.dead ? [{ by: String(r.by ?? ''), text: htmlToText(String(r.text ?? '')) }] : []))];
  },
});
