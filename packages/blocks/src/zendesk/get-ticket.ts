import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ticketSchema, toTicket, zendesk, zendeskCredential } from './zendesk-api.ts';
import { apiPath } from '../shared/api-path.ts';

const commentSchema = z.object({ id: z.number(), author_id: z.number(), body: z.string(), public: z.boolean(), created_at: z.string() });

export const zendeskGetTicket = defineBlock({
  id: 'zendesk.get_ticket',
  name: 'Zendesk: Get Ticket',
  description: 'Reads a Zendesk ticket with its comments, oldest first, and the conversation as one text to hand a model.',
  categories: ['zendesk', 'support'],
  credentials: [zendeskCredential],
  input: z.object({
    ticket_id: z.number().int().positive(),
    include_internal: z.boolean().default(true).describe('Off: only the public comments the requester sees.'),
    credential: z.string().optional(),
  }),
  output: z.object({
    ticket: ticketSchema,
    comments: z.array(commentSchema),
    conversation: z.string().describe('Each comment as “[date] author id: text”, blank lines between.'),
  }),
  examples: [{ name: 'needs a credential', input: { ticket_id: 1 }, error: 'needs a credential of kind zendesk' }],
  async *run({ ticket_id, include_internal }, ctx) {
    const { fields } = await ctx.credential('credential');
    const { ticket } = (await zendesk(ctx, apiPath`/tickets/${ticket_id}.json`)) as { ticket: unknown };
    const comments: z.infer<typeof commentSchema>[] = [];
    // Comments come a page at a time (100 each, oldest first); a long ticket has a next page.
    for (let page = 1; page <= 20; page++) {
      const answer = (await zendesk(ctx, apiPath`/tickets/${ticket_id}/comments.json`, { query: { page: String(page), sort_order: 'asc' } })) as {
        comments?: { id: number; author_id: number; body?: string; plain_body?: string; public?: boolean; created_at?: string }[];
        next_page?: string | null;
      };
      for (const c of answer.comments ?? []) {
        if (!include_internal && c.public === false) continue;
        comments.push({ id: c.id, author_id: c.author_id, body: c.plain_body ?? c.body ?? '', public: c.public !== false, created_at: c.created_at ?? '' });
      }
      if (!answer.next_page) break;
    }
    yield ['ticket', toTicket(ticket, fields.siteUrl ?? '')];
    yield ['comments', comments];
    yield ['conversation', comments.map((c) => `[${c.created_at}] ${c.author_id}${c.public ? '' : ' (internal)'}: ${c.body}`).join('\n\n')];
  },
});
