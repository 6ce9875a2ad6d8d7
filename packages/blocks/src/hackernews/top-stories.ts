import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { getPublicJson } from '../shared/public-api.ts';
import { hackerNewsUrl, item, storySchema, toStory } from './hackernews-api.ts';
import { apiPath } from '../shared/api-path.ts';

const LISTS = {
  top: apiPath`/topstories.json`,
  new: apiPath`/newstories.json`,
  best: apiPath`/beststories.json`,
  ask: apiPath`/askstories.json`,
  show: apiPath`/showstories.json`,
};

export const hackerNewsTopStories = defineBlock({
  id: 'hackernews.top_stories',
  name: 'Hacker News: Stories',
  description: 'The current top, new, best, Ask HN or Show HN stories from Hacker News, with title, link, score and comment count.',
  categories: ['web', 'news'],
  input: z.object({
    list: z.enum(['top', 'new', 'best', 'ask', 'show']).default('top'),
    limit: z.number().int().min(1).max(100).default(10),
    min_score: z.number().int().min(0).default(0),
    api_url: hackerNewsUrl,
  }),
  output: z.object({ stories: z.array(storySchema) }),
  examples: [{ name: 'keeps to the address policy', input: { api_url: 'http://127.0.0.1:9/v0' }, error: 'Refused to connect to 127.0.0.1' }],
  async *run({ list, limit, min_score, api_url }, ctx) {
    const ids = ((await getPublicJson(ctx, 'Hacker News', api_url, LISTS[list])) as number[]).slice(0, limit);
    const items = await Promise.all(ids.map((id) => item(ctx, api_url, id)));
    yield ['stories', items.flatMap((raw) => (raw && !raw.deleted && !raw.dead ? [toStory(raw)] : [])).filter((s) => s.score >= min_score)];
  },
});
