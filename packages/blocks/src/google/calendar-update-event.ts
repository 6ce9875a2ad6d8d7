import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { calendarEventSchema, calendarId, eventTime, toCalendarEvent, whenOf } from './calendar-event.ts';
import { google, googleCredential, googleInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleCalendarUpdateEvent = defineBlock({
  id: 'google_calendar.update_event',
  name: 'Google Calendar: Update Event',
  description: 'Changes a Google Calendar event: its title, times, description or location; only what is given.',
  categories: ['google', 'calendar'],
  credentials: [googleCredential],
  input: z.object({
    calendar_id: calendarId,
    event_id: z.string().min(1),
    summary: z.string().optional(),
    start: eventTime.optional(),
    end: eventTime.optional(),
    time_zone: z.string().optional(),
    description: z.string().optional(),
    location: z.string().optional(),
    ...googleInputs,
  }),
  output: z.object({ event: calendarEventSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a Google account', input: { event_id: 'e1', summary: 'Moved' }, error: 'needs a credential of kind oauth2:google' }],
  async *run({ calendar_id, event_id, summary, start, end, time_zone, description, location }, ctx) {
    const json = {
      ...(summary !== undefined ? { summary } : {}),
      ...(start !== undefined ? { start: whenOf(start, time_zone) } : {}),
      ...(end !== undefined ? { end: whenOf(end, time_zone) } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(location !== undefined ? { location } : {}),
    };
    if (Object.keys(json).length === 0)
      throw new BlockError('invalid_input', 'Give something to change: summary, start, end, description or location.', { retriable: false });
    const path = apiPath`/calendars/${calendar_id}/events/${event_id}`;
    yield ['event', toCalendarEvent((await google(ctx, 'calendar', path, { method: 'PATCH', json })).body)];
  },
});
