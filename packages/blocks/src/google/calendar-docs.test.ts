import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const DOC = '1A2b3C4d5E6f7G8h9I0jKlMn';
const event = {
  id: 'ev1',
  summary: 'Review',
  start: { dateTime: '2026-12-08T10:00:00Z' },
  end: { dateTime: '2026-12-08T10:30:00Z' },
  attendees: [{ email: 'ada@example.com', responseStatus: 'needsAction' }],
  htmlLink: 'https://www.google.com/calendar/event?eid=ev1',
};

/** Google Calendar v3 and Docs v1 as their references show them. */
function fakeCalendarAndDocs(seen: { method: string; url: URL; body: any }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url, body });
    if (req.headers.authorization !== 'Bearer ya29.good') return json(401, { error: { code: 401, message: 'Invalid Credentials', status: 'UNAUTHENTICATED' } });
    const path = decodeURIComponent(url.pathname);
    if (path === '/calendar/v3/calendars/primary/events' && req.method === 'GET') return json(200, { kind: 'calendar#events', items: [event] });
    if (path === '/calendar/v3/calendars/primary/events') {
      if (body.end.dateTime < body.start.dateTime)
        return json(400, { error: { code: 400, message: 'The specified time range is empty.', status: 'INVALID_ARGUMENT' } });
      return json(200, { ...event, id: 'ev2', summary: body.summary, start: body.start, end: body.end, attendees: body.attendees });
    }
    if (path === '/calendar/v3/calendars/primary/events/ev1' && req.method === 'PATCH') return json(200, { ...event, ...body });
    if (path === `/docs/v1/documents/${DOC}`)
      return json(200, {
        documentId: DOC,
        title: 'Plan',
        body: {
          content: [
            { sectionBreak: {} },
            { paragraph: { elements: [{ textRun: { content: 'Ship it.\n' } }] } },
            {
              table: {
                tableRows: [
                  {
                    tableCells: [
                      { content: [{ paragraph: { elements: [{ textRun: { content: 'Who\n' } }] } }] },
                      { content: [{ paragraph: { elements: [{ textRun: { content: 'When\n' } }] } }] },
                    ],
                  },
                ],
              },
            },
          ],
        },
      });
    if (path === '/docs/v1/documents' && req.method === 'POST') return json(200, { documentId: DOC, title: body.title });
    if (path === `/docs/v1/documents/${DOC}:batchUpdate`) return json(200, { documentId: DOC, replies: [{}] });
    json(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
  });
}

describe('Google Calendar and Docs blocks against a local server speaking their APIs', () => {
  const seen: { method: string; url: URL; body: any }[] = [];
  const run = providerSuite(fakeCalendarAndDocs(seen), (baseUrl) => ({ id: 'g', kind: 'oauth2:google', fields: { token: 'ya29.good', baseUrl } }));

  it('lists a day’s events, creates one with attendees and moves it', async () => {
    const listed = await run('google_calendar.list_events', { from: '2026-12-08T00:00:00Z', to: '2026-12-09T00:00:00Z' });
    expect(listed.outputs.events).toEqual([
      [
        {
          id: 'ev1',
          summary: 'Review',
          description: '',
          location: '',
          start: '2026-12-08T10:00:00Z',
          end: '2026-12-08T10:30:00Z',
          attendees: ['ada@example.com'],
          url: 'https://www.google.com/calendar/event?eid=ev1',
        },
      ],
    ]);
    expect(Object.fromEntries(seen.at(-1)!.url.searchParams)).toMatchObject({ singleEvents: 'true', orderBy: 'startTime', timeMin: '2026-12-08T00:00:00Z' });
    const made = await run('google_calendar.create_event', {
      summary: 'Offsite',
      start: '2026-12-10',
      end: '2026-12-11',
      attendees: ['lin@example.com'],
    });
    expect(made.outputs.event![0]).toMatchObject({ id: 'ev2', start: '2026-12-10', end: '2026-12-11', attendees: ['lin@example.com'] });
    expect(seen.at(-1)!.url.searchParams.get('sendUpdates')).toBe('all');
    const moved = await run('google_calendar.update_event', {
      event_id: 'ev1',
      start: '2026-12-08T11:00:00Z',
      end: '2026-12-08T11:30:00Z',
      time_zone: 'Europe/Paris',
    });
    expect(seen.at(-1)!.body).toEqual({
      start: { dateTime: '2026-12-08T11:00:00Z', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-12-08T11:30:00Z', timeZone: 'Europe/Paris' },
    });
    expect(moved.outputs.event![0]).toMatchObject({ start: '2026-12-08T11:00:00Z' });
  });

  it('says what Calendar refused, and asks for a change', async () => {
    const empty = await run('google_calendar.create_event', { summary: 'x', start: '2026-12-08T11:00:00Z', end: '2026-12-08T10:00:00Z' });
    expect(empty.error?.message).toBe('Google Calendar answered 400: The specified time range is empty.');
    expect((await run('google_calendar.update_event', { event_id: 'ev1' })).error?.message).toBe(
      'Give something to change: summary, start, end, description or location.',
    );
  });

  it('reads a document’s text, creates one with text and appends a paragraph', async () => {
    expect((await run('google_docs.read', { document_id: DOC })).outputs).toEqual({ title: ['Plan'], text: ['Ship it.\nWho\tWhen\n'] });
    expect((await run('google_docs.create', { title: 'Notes', text: 'First line' })).outputs).toEqual({
      document_id: [DOC],
      url: [`https://docs.google.com/document/d/${DOC}/edit`],
    });
    expect(seen.at(-1)!.body).toEqual({ requests: [{ insertText: { location: { index: 1 }, text: 'First line' } }] });
    await run('google_docs.append', { document_id: DOC, text: 'Later' });
    expect(seen.at(-1)!.body).toEqual({ requests: [{ insertText: { endOfSegmentLocation: {}, text: '\nLater' } }] });
    expect((await run('google_docs.read', { document_id: 'x'.repeat(30) })).error?.kind).toBe('not_found');
  });
});
