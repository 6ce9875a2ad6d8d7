import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { xApi, xCredential } from './x-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const xPost = defineBlock({
  id: 'x.post',
  name: 'X: Post',
  description: 'Posts on X (Twitter) as the token’s account, or replies to a post.',
  categories: ['x', 'social'],
  credentials: [xCredential],
  input: z.object({
    text: z.string().min(1).max(4000),
    reply_to: z.string().regex(/^\d+$/, 'a post’s id (digits)').optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { text: 'Shipped.' }, error: 'needs a credential of kind x_token' }],
  async *run({ text, reply_to }, ctx) {
    const posted = (await xApi(ctx, apiPath`/tweets`, { json: { text, ...(reply_to ? { reply: { in_reply_to_tweet_id: reply_to } } : {}) } })) as {
      data: { id: string };
    };
    yield ['id', posted.data.id];
    yield ['url', `https://x.com/i/status/${posted.data.id}`];
  },
});
