import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { getPublicJson } from '../shared/public-api.ts';
import { postSchema, postsOf, redditUrl, subredditName } from './reddit-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const redditSearch = defineBlock({
  id: 'reddit.search',
  name: 'Reddit: Search Posts',
  description: 'Searches Reddit posts (everywhere, or in one subreddit) by relevance, recency or votes, within a time window.',
  categories: ['reddit', 'web', 'social'],
  input: z.object({
    query: z.string().min(1),
    subreddit: subredditName.optional(),
    sort: z.enum(['relevance', 'new', 'top', 'comments']).default('relevance'),
    time: z.enum(['hour', 'day', 'week', 'month', 'year', 'all']).default('week'),
    limit: z.number().int().min(1).max(100).default(25),
    api_url: redditUrl,
  }),
  output: z.object({ posts: z.array(postSchema) }),
  examples: [{ name: 'keeps to the address policy', input: { query: 'agents', api_url: 'http://127.0.0.1:9' }, error: 'Refused to connect to 127.0.0.1' }],
  async *run({ query, subreddit, sort, time, limit, api_url }, ctx) {
    const path = subreddit ? apiPath`/r/${subreddit}/search.json` : apiPath`/search.json`;
    const listing = await getPublicJson(ctx, 'Reddit', api_url, path, { q: query, sort, t: time, limit, ...(subreddit ? { restrict_sr: 'on' } : {}) });
    yield ['posts', postsOf(listing)];
  },
});
