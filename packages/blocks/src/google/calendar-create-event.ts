import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { calendarEventSchema, calendarId, eventTime, toCalendarEvent, whenOf } from './calendar-event.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleCalendarCreateEvent = defineBlock({
  id: 'google_calendar.create_event',
  name: 'Google Calendar: Create Event',
  description: 'Adds an event to a Google calendar (all day when given dates), inviting attendees by email if listed.',
  categories: ['google', 'calendar'],
  credentials: [googleCredential],
  input: z.object({
    calendar_id: calendarId,
    summary: z.string().min(1),
    start: eventTime,
    end: eventTime,
    time_zone: z.string().optional().describe('An IANA zone, e.g. Europe/Paris; else the calendar’s.'),
    description: z.string().optional(),
    location: z.string().optional(),
    attendees: z.array(z.email()).default([]),
    notify_attendees: z.boolean().default(true),
    ...googleInputs,
  }),
  output: z.object({ event: calendarEventSchema }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Google account',
      input: { summary: 'Review', start: '2026-12-08T10:00:00Z', end: '2026-12-08T10:30:00Z' },
      error: 'needs a credential of kind oauth2:google',
    },
  ],
  async *run({ calendar_id, summary, start, end, time_zone, description, location, attendees, notify_attendees }, ctx) {
    const json = {
      summary,
      start: whenOf(start, time_zone),
      end: whenOf(end, time_zone),
      ...(description ? { description } : {}),
      ...(location ? { location } : {}),
      ...(attendees.length > 0 ? { attendees: attendees.map((email) => ({ email })) } : {}),
    };
    const { body } = await google(ctx, 'calendar', apiPath`/calendars/${calendar_id}/events`, {
      method: 'POST',
      query: { sendUpdates: notify_attendees ? 'all' : 'none' },
      json,
    });
    yield ['event', toCalendarEvent(body)];
  },
});
