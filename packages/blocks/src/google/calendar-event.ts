import { z } from 'zod';

export const calendarEventSchema = z.object({
  id: z.string(),
  summary: z.string(),
  description: z.string(),
  location: z.string(),
  start: z.string().describe('A date-time, or a date for an all-day event.'),
  end: z.string(),
  attendees: z.array(z.string()),
  url: z.string(),
});

type When = { dateTime?: string; date?: string };

export function toCalendarEvent(raw: unknown): z.infer<typeof calendarEventSchema> {
  const event = raw as {
    id: string;
    summary?: string;
    description?: string;
    location?: string;
    start?: When;
    end?: When;
    attendees?: { email: string }[];
    htmlLink?: string;
  };
  return {
    id: event.id,
    summary: event.summary ?? '',
    description: event.description ?? '',
    location: event.location ?? '',
    start: event.start?.dateTime ?? event.start?.date ?? '',
    end: event.end?.dateTime ?? event.end?.date ?? '',
    attendees: (event.attendees ?? []).map((a) => a.email),
    url: event.htmlLink ?? '',
  };
}

/** A time as Calendar takes it: a plain date (YYYY-MM-DD) is all day, anything else a date-time. */
export const whenOf = (time: string, timeZone?: string): When & { timeZone?: string } =>
  /^\d{4}-\d{2}-\d{2}$/.test(time) ? { date: time } : { dateTime: time, ...(timeZone ? { timeZone } : {}) };

export const eventTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const calendarId = z.string().min(1).default('primary').describe('"primary" or a calendar’s id (its email-like address).');
