import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { youtube, youtubeCredential } from './youtube-api.ts';
import { apiPath } from '../shared/api-path.ts';

/** An ISO 8601 duration (PT1H2M3S) in seconds. */
const seconds = (duration: string): number => {
  const [, d, h, m, s] = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration) ?? [];
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
};

export const youtubeVideoDetails = defineBlock({
  id: 'youtube.video_details',
  name: 'YouTube: Video Details',
  description: 'A YouTube video’s title, description, channel, tags, length and counts of views, likes and comments.',
  categories: ['youtube', 'google', 'video', 'web'],
  credentials: [youtubeCredential],
  input: z.object({
    video: z.string().min(1).describe('The video’s id or its address (youtube.com/watch?v=… or youtu.be/…).'),
    credential: z.string().optional(),
  }),
  output: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    channel: z.string(),
    tags: z.array(z.string()),
    seconds: z.number(),
    views: z.number(),
    likes: z.number(),
    comments: z.number(),
    published: z.string(),
  }),
  examples: [{ name: 'needs a key', input: { video: 'dQw4w9WgXcQ' }, error: 'needs a credential of kind youtube_key' }],
  async *run({ video }, ctx) {
    const id = /(?:v=|youtu\.be\/|shorts\/|embed\/)([\w-]{11})/.exec(video)?.[1] ?? video;
    if (!/^[\w-]{11}$/.test(id)) throw new BlockError('invalid_input', `"${video}" is not a YouTube video id or address.`, { retriable: false });
    const found = (await youtube(ctx, apiPath`/videos`, { part: 'snippet,statistics,contentDetails', id })) as {
      items?: {
        snippet?: { title?: string; description?: string; channelTitle?: string; tags?: string[]; publishedAt?: string };
        statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
        contentDetails?: { duration?: string };
      }[];
    };
    const item = found.items?.[0];
    if (!item) throw new BlockError('not_found', `YouTube has no video ${id} (or it is private).`, { retriable: false });
    yield ['id', id];
    yield ['title', item.snippet?.title ?? ''];
    yield ['description', item.snippet?.description ?? ''];
    yield ['channel', item.snippet?.channelTitle ?? ''];
    yield ['tags', item.snippet?.tags ?? []];
    yield ['seconds', seconds(item.contentDetails?.duration ?? '')];
    yield ['views', Number(item.statistics?.viewCount ?? 0)];
    yield ['likes', Number(item.statistics?.likeCount ?? 0)];
    yield ['comments', Number(item.statistics?.commentCount ?? 0)];
    yield ['published', item.snippet?.publishedAt ?? ''];
  },
});
