import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { youtube, youtubeCredential } from './youtube-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const youtubeSearch = defineBlock({
  id: 'youtube.search',
  name: 'YouTube: Search Videos',
  description: 'Searches YouTube videos by words, by relevance, date or views, optionally published after a time.',
  categories: ['youtube', 'google', 'video', 'web'],
  credentials: [youtubeCredential],
  input: z.object({
    query: z.string().min(1),
    order: z.enum(['relevance', 'date', 'viewCount', 'rating']).default('relevance'),
    published_after: z.iso.datetime({ offset: true }).optional(),
    limit: z.number().int().min(1).max(50).default(10),
    credential: z.string().optional(),
  }),
  output: z.object({
    videos: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), channel: z.string(), published: z.string(), url: z.string() })),
  }),
  examples: [{ name: 'needs a key', input: { query: 'typescript agents' }, error: 'needs a credential of kind youtube_key' }],
  async *run({ query, order, published_after, limit }, ctx) {
    const found = (await youtube(ctx, apiPath`/search`, {
      part: 'snippet',
      type: 'video',
      q: query,
      order,
      publishedAfter: published_after,
      maxResults: limit,
    })) as {
      items?: { id?: { videoId?: string }; snippet?: { title?: string; description?: string; channelTitle?: string; publishedAt?: string } }[];
    };
    yield [
      'videos',
      (found.items ?? []).map((item) => ({
        id: item.id?.videoId ?? '',
        title: item.snippet?.title ?? '',
        description: item.snippet?.description ?? '',
        channel: item.snippet?.channelTitle ?? '',
        published: item.snippet?.publishedAt ?? '',
        url: `https://www.youtube.com/watch?v=${item.id?.videoId ?? ''}`,
      })),
    ];
  },
});
