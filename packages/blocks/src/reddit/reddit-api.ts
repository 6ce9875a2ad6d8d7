import { z } from 'zod';
import { apiUrlInput } from '../shared/public-api.ts';

export const redditUrl = apiUrlInput('https://www.reddit.com');

export const postSchema = z.object({
  title: z.string(),
  text: z.string(),
  url: z.string(),
  permalink: z.string(),
  subreddit: z.string(),
  author: z.string(),
  score: z.number(),
  comments: z.number(),
  created: z.string(),
});

/** A listing's posts (Reddit's `t3` things). */
export function postsOf(listing: unknown): z.infer<typeof postSchema>[] {
  const children = (listing as { data?: { children?: { kind: string; data: Record<string, unknown> }[] } }).data?.children ?? [];
  return children
    .filter((c) => c.kind === 't3')
    .map(({ data: p }) => ({
      title: String(p.title ?? ''),
      text: String(p.selftext ?? ''),
      url: String(p.url ?? ''),
      permalink: `https://www.reddit.com${String(p.permalink ?? '')}`,
      subreddit: String(p.subreddit ?? ''),
      author: String(p.author ?? ''),
      score: Number(p.score ?? 0),
      comments: Number(p.num_comments ?? 0),
      created: new Date(Number(p.created_utc ?? 0) * 1000).toISOString(),
    }));
}

export const subredditName = z.string().regex(/^[A-Za-z0-9_]{2,21}$/, 'a subreddit’s name without r/, e.g. typescript');
