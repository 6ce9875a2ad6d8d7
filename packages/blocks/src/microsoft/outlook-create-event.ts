import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { graph, microsoftCredential, microsoftInputs } from './graph-api.ts';
import { outlookEventSchema, toOutlookEvent } from './outlook-list-events.ts';
import { apiPath } from '../shared/api-path.ts';

/** A time as Graph takes it: a local date-time and its zone; given with an offset, it is said in UTC. */
const graphTime = (time: string) => ({ dateTime: new Date(time).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });

export const outlookCreateEvent = defineBlock({
  id: 'outlook.create_event',
  name: 'Outlook: Create Event',
  description: 'Adds an event to the connected account’s calendar, inviting attendees, with a Teams meeting if asked.',
  categories: ['microsoft', 'outlook', 'calendar'],
  credentials: [microsoftCredential],
  input: z.object({
    subject: z.string().min(1),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    body: z.string().optional(),
    location: z.string().optional(),
    attendees: z.array(z.email()).default([]),
    teams_meeting: z.boolean().default(false),
    ...microsoftInputs,
  }),
  output: z.object({ event: outlookEventSchema }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Microsoft account',
      input: { subject: 'Review', start: '2026-12-08T10:00:00Z', end: '2026-12-08T10:30:00Z' },
      error: 'needs a credential of kind oauth2:microsoft',
    },
  ],
  async *run({ subject, start, end, body, location, attendees, teams_meeting }, ctx) {
    const json = {
      subject,
      start: graphTime(start),
      end: graphTime(end),
      ...(body ? { body: { contentType: 'Text', content: body } } : {}),
      ...(location ? { location: { displayName: location } } : {}),
      ...(attendees.length > 0 ? { attendees: attendees.map((address) => ({ emailAddress: { address }, type: 'required' })) } : {}),
      ...(teams_meeting ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : {}),
    };
    yield ['event', toOutlookEvent((await graph(ctx, 'Outlook', apiPath`/me/events`, { method: 'POST', json })).body)];
  },
});
