import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { xApi, xCredential } from './x-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const xSearchRecent = defineBlock({
  id: 'x.search_recent',
  name: 'X: Search Recent Posts',
  description: 'Searches the last seven days of posts on X with its query syntax (from:, #tag, lang:en, -is:retweet …).',
  categories: ['x', 'social'],
  credentials: [xCredential],
  input: z.object({ query: z.string().min(1).max(512), limit: z.number().int().min(10).max(100).default(10), credential: z.string().optional() }),
  output: z.object({
    posts: z.array(
      z.object({ id: z.string(), text: z.string(), author: z.string(), created: z.string(), likes: z.number(), reposts: z.number(), url: z.string() }),
    ),
  }),
  examples: [{ name: 'needs a token', input: { query: '#typescript' }, error: 'needs a credential of kind x_token' }],
  async *run({ query, limit }, ctx) {
    const found = (await xApi(ctx, apiPath`/tweets/search/recent`, {
      query: { query, max_results: limit, 'tweet.fields': 'created_at,public_metrics,author_id', expansions: 'author_id', 'user.fields': 'username' },
    })) as {
      data?: { id: string; text: string; author_id?: string; created_at?: string; public_metrics?: { like_count?: number; retweet_count?: number } }[];
      includes?: { users?: { id: string; username: string }[] };
    };
    const users = new Map((found.includes?.users ?? []).map((u) => [u.id, u.username]));
    yield [
      'posts',
      (found.data ?? []).map((p) => {
        const author = users.get(p.author_id ?? '') ?? '';
        return {
          id: p.id,
          text: p.text,
          author,
          created: p.created_at ?? '',
          likes: p.public_metrics?.like_count ?? 0,
          reposts: p.public_metrics?.retweet_count ?? 0,
          url: `https://x.com/${author || 'i'}/status/${p.id}`,
        };
      }),
    ];
  },
});
