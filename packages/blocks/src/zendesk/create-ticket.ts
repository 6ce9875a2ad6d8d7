import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { PRIORITIES, ticketSchema, toTicket, zendesk, zendeskCredential } from './zendesk-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const zendeskCreateTicket = defineBlock({
  id: 'zendesk.create_ticket',
  name: 'Zendesk: Create Ticket',
  description: 'Opens a Zendesk ticket for a requester (made a user if new), with a first comment, a priority and tags.',
  categories: ['zendesk', 'support'],
  credentials: [zendeskCredential],
  input: z.object({
    subject: z.string().min(1),
    comment: z.string().min(1),
    requester_email: z.email(),
    requester_name: z.string().optional(),
    priority: z.enum(PRIORITIES).optional(),
    tags: z.array(z.string()).default([]),
    credential: z.string().optional(),
  }),
  output: z.object({ ticket: ticketSchema }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a credential',
      input: { subject: 'Refund', comment: 'Hi', requester_email: 'ada@example.com' },
      error: 'needs a credential of kind zendesk',
    },
  ],
  async *run({ subject, comment, requester_email, requester_name, priority, tags }, ctx) {
    const { fields } = await ctx.credential('credential');
    const ticket = {
      subject,
      comment: { body: comment },
      requester: { email: requester_email, name: requester_name ?? requester_email },
      ...(priority ? { priority } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    };
    const made = (await zendesk(ctx, apiPath`/tickets.json`, { method: 'POST', json: { ticket } })) as { ticket: unknown };
    yield ['ticket', toTicket(made.ticket, fields.siteUrl ?? '')];
  },
});
