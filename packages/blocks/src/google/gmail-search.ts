import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { gmailMessageSchema, toGmailMessage } from './gmail-message.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

const READ_AT_ONCE = 10;

export const gmailSearch = defineBlock({
  id: 'gmail.search',
  name: 'Gmail: Search and Read',
  description: 'Finds messages with Gmail’s search (from:, subject:, is:unread, newer_than:2d …) and reads each: sender, subject, date and text.',
  categories: ['gmail', 'google', 'email'],
  credentials: [googleCredential],
  input: z.object({
    query: z.string().default('').describe('Gmail search, e.g. "from:billing@acme.com is:unread newer_than:7d".'),
    limit: z.number().int().min(1).max(50).default(10),
    ...googleInputs,
  }),
  output: z.object({ messages: z.array(gmailMessageSchema) }),
  examples: [{ name: 'needs a Google account', input: { query: 'is:unread' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ query, limit }, ctx) {
    const { body } = await google(ctx, 'gmail', apiPath`/users/me/messages`, { query: { q: query || undefined, maxResults: limit } });
    const ids = ((body as { messages?: { id: string }[] }).messages ?? []).map((m) => m.id);
    const read = async (id: string) => toGmailMessage((await google(ctx, 'gmail', apiPath`/users/me/messages/${id}`, { query: { format: 'full' } })).body);
    const messages = [];
    // A few at a time: Gmail refuses an account too many requests at once (429 "too many concurrent requests").
    for (let i = 0; i < ids.length; i += READ_AT_ONCE) messages.push(...(await Promise.all(ids.slice(i, i + READ_AT_ONCE).map(read))));
    yield ['messages', messages];
  },
});
