import type { BlockContext } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiUrlInput, getPublicJson } from '../shared/public-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const hackerNewsUrl = apiUrlInput('https://hacker-news.firebaseio.com/v0');

export const storySchema = z.object({
  id: z.number(),
  title: z.string(),
  url: z.string().describe('The linked page; the discussion for Ask HN and text posts.'),
  discussion: z.string(),
  by: z.string(),
  score: z.number(),
  comments: z.number(),
  time: z.string().describe('ISO time.'),
  text: z.string().describe('The post’s own text (Ask HN), as HTML.'),
});

export async function item(ctx: BlockContext, apiUrl: string, id: number): Promise<Record<string, unknown> | null> {
  return (await getPublicJson(ctx, 'Hacker News', apiUrl, apiPath`/item/${id}.json`)) as Record<string, unknown> | null;
}

export function toStory(raw: Record<string, unknown>): z.infer<typeof storySchema> {
  const discussion = `https://news.ycombinator.com/item?id=${String(raw.id)}`;
  return {
    id: Number(raw.id),
    title: String(raw.title ?? ''),
    url: typeof raw.url === 'string' ? raw.url : discussion,
    discussion,
    by: String(raw.by ?? ''),
    score: Number(raw.score ?? 0),
    comments: Number(raw.descendants ?? 0),
    time: new Date(Number(raw.time ?? 0) * 1000).toISOString(),
    text: String(raw.text ?? ''),
  };
}
