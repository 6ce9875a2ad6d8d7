import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const outlookEventSchema = z.object({
  id: z.string(),
  subject: z.string(),
  start: z.string().describe('UTC.'),
  end: z.string(),
  location: z.string(),
  attendees: z.array(z.string()),
  online_meeting_url: z.string(),
  url: z.string(),
});

type GraphEvent = {
  id: string;
  subject?: string;
  start?: { dateTime?: string };
  end?: { dateTime?: string };
  location?: { displayName?: string };
  attendees?: { emailAddress?: { address?: string } }[];
  onlineMeeting?: { joinUrl?: string } | null;
  webLink?: string;
};

/** Graph gives times without an offset in the zone asked for (UTC here): written with their Z. */
const utc = (time: string | undefined): string => (time ? `${time.replace(/\.0+$/, '')}Z` : '');

export const toOutlookEvent = (raw: unknown): z.infer<typeof outlookEventSchema> => {
  const e = raw as GraphEvent;
  return {
    id: e.id,
    subject: e.subject ?? '',
    start: utc(e.start?.dateTime),
    end: utc(e.end?.dateTime),
    location: e.location?.displayName ?? '',
    attendees: (e.attendees ?? []).map((a) => a.emailAddress?.address ?? ''),
    online_meeting_url: e.onlineMeeting?.joinUrl ?? '',
    url: e.webLink ?? '',
  };
};

export const outlookListEvents = defineBlock({
  id: 'outlook.list_events',
  name: 'Outlook: List Events',
  description: 'Lists the connected account’s calendar events between two times (recurring ones as single events), in order.',
  categories: ['microsoft', 'outlook', 'calendar'],
  credentials: [microsoftCredential],
  input: z.object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    limit: z.number().int().min(1).max(250).default(50),
    ...microsoftInputs,
  }),
  output: z.object({ events: z.array(outlookEventSchema) }),
  examples: [
    {
      name: 'needs a Microsoft account',
      input: { from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' },
      error: 'needs a credential of kind oauth2:microsoft',
    },
  ],
  async *run({ from, to, limit }, ctx) {
    const { body } = await graph(ctx, 'Outlook', apiPath`/me/calendarView`, {
      query: { startDateTime: from, endDateTime: to, $orderby: 'start/dateTime', $top: limit },
    });
    yield ['events', ((body as { value?: unknown[] }).value ?? []).map(toOutlookEvent)];
  },
});
