import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const ME = 'https://api.calendly.com/users/AAAA';

/** Calendly's API v2 as documented: Bearer token, the user by URI from /users/me, { title, message } errors. */
function fakeCalendly(seen: string[]): Server {
  return fakeApiServer((req, _res, _raw, json) => {
    seen.push(req.url!);
    if (req.headers.authorization === 'Bearer cal-org') return json(200, { resource: { name: 'An organization token' } });
    if (req.headers.authorization !== 'Bearer cal-good') return json(401, { title: 'Unauthenticated', message: 'The access token is invalid' });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/users/me') return json(200, { resource: { uri: ME, name: 'Ada' } });
    if (url.pathname === '/scheduled_events') {
      if (url.searchParams.get('user') !== ME) return json(403, { title: 'Permission Denied', message: 'You do not have permission' });
      return json(200, {
        collection: [
          {
            uri: 'https://api.calendly.com/scheduled_events/E1',
            name: '30 Minute Meeting',
            start_time: '2026-12-08T09:00:00.000000Z',
            end_time: '2026-12-08T09:30:00.000000Z',
            status: 'active',
            location: { type: 'google_conference', join_url: 'https://meet.google.com/abc' },
          },
        ],
        pagination: { count: 1, next_page: null },
      });
    }
    json(404, { title: 'Resource Not Found', message: 'The server could not find the requested resource.' });
  });
}

describe('Calendly against a local server speaking its API', () => {
  const seen: string[] = [];
  const run = providerSuite(fakeCalendly(seen), (baseUrl) => ({ id: 'cal', kind: 'calendly_token', fields: { token: 'cal-good', baseUrl } }));

  it('lists the meetings booked in a range, as the token’s own user', async () => {
    const listed = await run('calendly.list_events', { from: '2026-12-07T00:00:00Z' });
    expect(listed.outputs.events).toEqual([
      [
        {
          uri: 'https://api.calendly.com/scheduled_events/E1',
          name: '30 Minute Meeting',
          start: '2026-12-08T09:00:00.000000Z',
          end: '2026-12-08T09:30:00.000000Z',
          status: 'active',
          location: 'https://meet.google.com/abc',
        },
      ],
    ]);
    const query = new URL(seen.at(-1)!, 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      user: ME,
      min_start_time: '2026-12-07T00:00:00.000Z',
      max_start_time: '2026-12-14T00:00:00.000Z',
      status: 'active',
      count: '20',
      sort: 'start_time:asc',
    });
  });

  it('says so when the token names no user, instead of failing without a word', async () => {
    expect((await run('calendly.list_events', {}, { token: 'cal-org' })).error?.message).toBe(
      'Calendly answered /users/me without the user’s URI; check that the token is a personal access token of a user.',
    );
  });

  it('says what Calendly refused', async () => {
    expect((await run('calendly.list_events', {}, { token: 'bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('access token is invalid'),
    });
  });
});
