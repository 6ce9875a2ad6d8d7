import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { PRIORITIES, ticketSchema, toTicket, zendesk, zendeskCredential } from './zendesk-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const zendeskUpdateTicket = defineBlock({
  id: 'zendesk.update_ticket',
  name: 'Zendesk: Reply or Update Ticket',
  description: 'Adds a comment to a Zendesk ticket (public reply or internal note) and changes its status or priority.',
  categories: ['zendesk', 'support'],
  credentials: [zendeskCredential],
  input: z.object({
    ticket_id: z.number().int().positive(),
    comment: z.string().optional(),
    public: z.boolean().default(true).describe('Off: an internal note the requester does not see.'),
    status: z.enum(['open', 'pending', 'hold', 'solved', 'closed']).optional(),
    priority: z.enum(PRIORITIES).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ ticket: ticketSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { ticket_id: 1, comment: 'Done' }, error: 'needs a credential of kind zendesk' }],
  async *run({ ticket_id, comment, public: isPublic, status, priority }, ctx) {
    if (!comment && !status && !priority)
      throw new BlockError('invalid_input', 'Give something to do: a comment, a status or a priority.', { retriable: false });
    const { fields } = await ctx.credential('credential');
    const ticket = { ...(comment ? { comment: { body: comment, public: isPublic } } : {}), ...(status ? { status } : {}), ...(priority ? { priority } : {}) };
    const updated = (await zendesk(ctx, apiPath`/tickets/${ticket_id}.json`, { method: 'PUT', json: { ticket } })) as { ticket: unknown };
    yield ['ticket', toTicket(updated.ticket, fields.siteUrl ?? '')];
  },
});
