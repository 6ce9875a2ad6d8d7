import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { ticketSchema, toTicket, zendesk, zendeskCredential } from './zendesk-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const zendeskSearchTickets = defineBlock({
  id: 'zendesk.search_tickets',
  name: 'Zendesk: Search Tickets',
  description: 'Finds Zendesk tickets with Zendesk’s search syntax, e.g. status:open priority:urgent, or words.',
  categories: ['zendesk', 'support'],
  credentials: [zendeskCredential],
  input: z.object({ query: z.string().min(1), limit: z.number().int().min(1).max(100).default(25), credential: z.string().optional() }),
  output: z.object({ tickets: z.array(ticketSchema), count: z.number() }),
  examples: [{ name: 'needs a credential', input: { query: 'status:open' }, error: 'needs a credential of kind zendesk' }],
  async *run({ query, limit }, ctx) {
    const { fields } = await ctx.credential('credential');
    const found = (await zendesk(ctx, apiPath`/search.json`, { query: { query: `type:ticket ${query}`, per_page: String(limit) } })) as {
      results?: unknown[];
      count?: number;
    };
    yield ['tickets', (found.results ?? []).map((t) => toTicket(t, fields.siteUrl ?? ''))];
    yield ['count', found.count ?? 0];
  },
});
