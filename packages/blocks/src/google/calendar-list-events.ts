import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { calendarEventSchema, calendarId, toCalendarEvent } from './calendar-event.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleCalendarListEvents = defineBlock({
  id: 'google_calendar.list_events',
  name: 'Google Calendar: List Events',
  description: 'Lists the events of a Google calendar between two times (recurring ones as single events), in order; words narrow them.',
  categories: ['google', 'calendar'],
  credentials: [googleCredential],
  input: z.object({
    calendar_id: calendarId,
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    query: z.string().optional(),
    limit: z.number().int().min(1).max(250).default(50),
    ...googleInputs,
  }),
  output: z.object({ events: z.array(calendarEventSchema) }),
  examples: [
    {
      name: 'needs a Google account',
      input: { from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' },
      error: 'needs a credential of kind oauth2:google',
    },
  ],
  async *run({ calendar_id, from, to, query, limit }, ctx) {
    const { body } = await google(ctx, 'calendar', apiPath`/calendars/${calendar_id}/events`, {
      query: { timeMin: from, timeMax: to, q: query, maxResults: limit, singleEvents: true, orderBy: 'startTime' },
    });
    yield ['events', ((body as { items?: unknown[] }).items ?? []).map(toCalendarEvent)];
  },
});
