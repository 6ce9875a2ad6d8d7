import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';
import { htmlToText } from '../shared/html-to-text.ts';

const mailSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  received: z.string(),
  preview: z.string(),
  text: z.string(),
  unread: z.boolean(),
  url: z.string(),
});

type Address = { emailAddress?: { address?: string; name?: string } };

export const outlookSearchMail = defineBlock({
  id: 'outlook.search_mail',
  name: 'Outlook: Search and Read Mail',
  description: 'Finds messages in the connected Outlook mailbox by words (or the newest), with sender, subject and text; only unread ones if asked.',
  categories: ['microsoft', 'outlook', 'email'],
  credentials: [microsoftCredential],
  input: z.object({
    query: z.string().optional().describe('Words, or KQL such as from:ada subject:invoice.'),
    unread_only: z.boolean().default(false),
    limit: z.number().int().min(1).max(50).default(10),
    ...microsoftInputs,
  }),
  output: z.object({ messages: z.array(mailSchema) }),
  examples: [{ name: 'needs a Microsoft account', input: { query: 'invoice' }, error: 'needs a credential of kind oauth2:microsoft' }],
  async *run({ query, unread_only, limit }, ctx) {
    const { body } = await graph(ctx, 'Outlook', apiPath`/me/messages`, {
      query: {
        // Graph takes $search or $orderby, not both: a search comes back by relevance.
        $search: query ? JSON.stringify(query) : undefined,
        $orderby: query ? undefined : 'receivedDateTime desc',
        // Graph refuses $filter beside $search: with words, the unread ones are picked from what the search found.
        // Beside $orderby, Graph wants the sorted property first in the filter (else "InefficientFilter").
        $filter: unread_only && !query ? 'receivedDateTime ge 1900-01-01T00:00:00Z and isRead eq false' : undefined,
        $top: limit,
        $select: 'subject,from,toRecipients,receivedDateTime,bodyPreview,body,isRead,webLink',
      },
    });
    const messages = ((body as { value?: unknown[] }).value ?? []) as {
      id: string;
      subject?: string;
      from?: Address;
      toRecipients?: Address[];
      receivedDateTime?: string;
      bodyPreview?: string;
      body?: { contentType?: string; content?: string };
      isRead?: boolean;
      webLink?: string;
    }[];
    yield [
      'messages',
      messages
        .filter((m) => !unread_only || m.isRead === false)
        .map((m) => ({
          id: m.id,
          from: m.from?.emailAddress?.address ?? '',
          to: (m.toRecipients ?? []).map((r) => r.emailAddress?.address ?? ''),
          subject: m.subject ?? '',
          received: m.receivedDateTime ?? '',
          preview: m.bodyPreview ?? '',
          text: m.body?.contentType === 'html' ? htmlToText(m.body.content ?? '') : (m.body?.content ?? ''),
          unread: m.isRead === false,
          url: m.webLink ?? '',
        })),
    ];
  },
});
