import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { getPublicJson } from '../shared/public-api.ts';
import { postSchema, postsOf, redditUrl, subredditName } from './reddit-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const redditSubredditPosts = defineBlock({
  id: 'reddit.subreddit_posts',
  name: 'Reddit: Subreddit Posts',
  description: 'The hot, new, rising or top posts of a subreddit, with their text, link, votes and comment count.',
  categories: ['reddit', 'web', 'social'],
  input: z.object({
    subreddit: subredditName,
    sort: z.enum(['hot', 'new', 'rising', 'top']).default('hot'),
    time: z.enum(['hour', 'day', 'week', 'month', 'year', 'all']).default('day').describe('For top: over what time.'),
    limit: z.number().int().min(1).max(100).default(25),
    api_url: redditUrl,
  }),
  output: z.object({ posts: z.array(postSchema) }),
  examples: [{ name: 'keeps to the address policy', input: { subreddit: 'node', api_url: 'http://127.0.0.1:9' }, error: 'Refused to connect to 127.0.0.1' }],
  async *run({ subreddit, sort, time, limit, api_url }, ctx) {
    yield [
      'posts',
      postsOf(await getPublicJson(ctx, 'Reddit', api_url, apiPath`/r/${subreddit}/${sort}.json`, { limit, ...(sort === 'top' ? { t: time } : {}) })),
    ];
  },
});
