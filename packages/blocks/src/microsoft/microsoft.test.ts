import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const TEAM = '2a4c7d2e-1f3b-4a5c-9d8e-7f6a5b4c3d2e';
const CHANNEL = '19:a1b2c3@thread.tacv2';
const graphError = (code: string, message: string) => ({ error: { code, message, innerError: { date: '2026-12-07T00:00:00', 'request-id': 'r1' } } });

/** Microsoft Graph v1.0 as its reference shows it: Bearer token, `value` lists, OData query options, {error: {code, message}} failures. */
function fakeGraph(seen: { method: string; url: URL; body: any; auth: unknown }[]): Server {
  const files = new Map<string, string>([['Reports/summary.txt', 'All green.']]);
  return fakeApiServer((req, res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    const body = raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw;
    seen.push({ method: req.method!, url, body, auth: req.headers.authorization });
    // The pre-authorised download address OneDrive redirects to (on another host in truth, where the token is not sent).
    if (url.pathname.startsWith('/download/'))
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(files.get(decodeURIComponent(url.pathname.slice(10))));
    if (req.headers.authorization !== 'Bearer eyJ.good')
      return json(401, graphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
    const path = decodeURIComponent(url.pathname);
    if (path === '/v1.0/me/messages')
      return json(200, {
        value: [
          {
            id: 'AAMk1',
            subject: 'Invoice 42',
            from: { emailAddress: { name: 'Ada', address: 'ada@example.com' } },
            toRecipients: [{ emailAddress: { address: 'me@example.com' } }],
            receivedDateTime: '2026-12-07T09:00:00Z',
            bodyPreview: 'Please find',
            body: { contentType: 'html', content: '<html><body><p>Please find&nbsp;the invoice &amp; receipt.</p></body></html>' },
            isRead: false,
            webLink: 'https://outlook.office365.com/owa/?ItemID=AAMk1',
          },
        ],
      });
    if (path === '/v1.0/me/sendMail') return res.writeHead(202).end();
    if (path === '/v1.0/me/calendarView')
      return json(200, {
        value: [
          {
            id: 'ev1',
            subject: 'Standup',
            start: { dateTime: '2026-12-08T09:00:00.0000000', timeZone: 'UTC' },
            end: { dateTime: '2026-12-08T09:15:00.0000000', timeZone: 'UTC' },
          },
        ],
      });
    if (path === '/v1.0/me/events') {
      if (body.end.dateTime <= body.start.dateTime)
        return json(400, graphError('ErrorInvalidRequest', "Your request can't be completed. The end time must be after the start time."));
      return json(201, {
        id: 'ev2',
        subject: body.subject,
        start: body.start,
        end: body.end,
        attendees: body.attendees,
        onlineMeeting: body.isOnlineMeeting ? { joinUrl: 'https://teams.microsoft.com/l/meetup-join/1' } : null,
        webLink: 'https://outlook.office365.com/owa/?itemid=ev2',
      });
    }
    if (path === '/v1.0/me/drive/root:/Reports:/children')
      return json(200, {
        value: [{ id: 'f1', name: 'summary.txt', size: 10, file: {}, lastModifiedDateTime: '2026-12-06T10:00:00Z', webUrl: 'https://onedrive.live.com/f1' }],
      });
    const content = /^\/v1\.0\/me\/drive\/root:\/(.+):\/content$/.exec(path);
    if (content && req.method === 'GET') {
      if (!files.has(content[1]!)) return json(404, graphError('itemNotFound', 'The resource could not be found.'));
      return res.writeHead(302, { location: `/download/${encodeURIComponent(content[1]!)}` }).end();
    }
    if (content && req.method === 'PUT') {
      files.set(content[1]!, body);
      return json(201, { id: 'f9', name: content[1], size: Buffer.byteLength(body), webUrl: `https://onedrive.live.com/${content[1]}` });
    }
    if (path === `/v1.0/teams/${TEAM}/channels/${CHANNEL}/messages`)
      return json(201, { id: '1733569200000', webUrl: 'https://teams.microsoft.com/l/message/1', body: body.body });
    if (path === `/v1.0/teams/${TEAM}/channels/${CHANNEL}/messages/1733569200000/replies`) return json(201, { id: '1733569300000', webUrl: '' });
    if (path === '/v1.0/me/drive/root:/Sales/2026.xlsx:/workbook/tables/Orders/columns')
      return json(200, {
        value: [
          { id: '1', name: 'Item' },
          { id: '2', name: 'Qty' },
        ],
      });
    if (path === '/v1.0/me/drive/root:/Sales/2026.xlsx:/workbook/tables/Orders/rows' && req.method === 'GET')
      return json(200, {
        value: [
          { index: 0, values: [['Tea', 2]] },
          { index: 1, values: [['Cake', 1]] },
        ],
      });
    if (path === '/v1.0/me/drive/root:/Sales/2026.xlsx:/workbook/tables/Orders/rows') return json(201, { index: 2, values: body.values });
    json(404, graphError('itemNotFound', 'The requested resource does not exist.'));
  });
}

describe('Microsoft 365 blocks against a local server speaking Microsoft Graph', () => {
  const seen: { method: string; url: URL; body: any; auth: unknown }[] = [];
  const run = providerSuite(fakeGraph(seen), (baseUrl) => ({ id: 'ms', kind: 'oauth2:microsoft', fields: { token: 'eyJ.good', baseUrl } }));

  it('searches and reads Outlook mail, and sends mail', async () => {
    const found = await run('outlook.search_mail', { query: 'invoice', unread_only: true });
    expect(found.outputs.messages).toEqual([
      [
        {
          id: 'AAMk1',
          from: 'ada@example.com',
          to: ['me@example.com'],
          subject: 'Invoice 42',
          received: '2026-12-07T09:00:00Z',
          preview: 'Please find',
          // Entities decoded by a parser, as in every block that reads HTML as text.
          text: 'Please find\u00a0the invoice & receipt.',
          unread: true,
          url: 'https://outlook.office365.com/owa/?ItemID=AAMk1',
        },
      ],
    ]);
    expect(Object.fromEntries(seen.at(-1)!.url.searchParams)).toMatchObject({ $search: '"invoice"', $top: '10' });
    expect(seen.at(-1)!.url.searchParams.has('$filter')).toBe(false);
    await run('outlook.search_mail', { unread_only: true });
    expect(Object.fromEntries(seen.at(-1)!.url.searchParams)).toMatchObject({
      $filter: 'receivedDateTime ge 1900-01-01T00:00:00Z and isRead eq false',
      $orderby: 'receivedDateTime desc',
    });
    expect((await run('outlook.send_mail', { to: ['lin@example.com'], subject: 'Hi', body: 'Hello' })).outputs).toEqual({ sent: [true] });
    expect(seen.at(-1)!.body).toEqual({
      message: { subject: 'Hi', body: { contentType: 'Text', content: 'Hello' }, toRecipients: [{ emailAddress: { address: 'lin@example.com' } }] },
      saveToSentItems: true,
    });
  });

  it('lists calendar events in UTC and creates one with a Teams meeting', async () => {
    expect((await run('outlook.list_events', { from: '2026-12-08T00:00:00Z', to: '2026-12-09T00:00:00Z' })).outputs.events![0]).toEqual([
      {
        id: 'ev1',
        subject: 'Standup',
        start: '2026-12-08T09:00:00Z',
        end: '2026-12-08T09:15:00Z',
        location: '',
        attendees: [],
        online_meeting_url: '',
        url: '',
      },
    ]);
    const made = await run('outlook.create_event', {
      subject: 'Review',
      start: '2026-12-08T11:00:00+01:00',
      end: '2026-12-08T11:30:00+01:00',
      attendees: ['ada@example.com'],
      teams_meeting: true,
    });
    expect(seen.at(-1)!.body).toMatchObject({ start: { dateTime: '2026-12-08T10:00:00.000', timeZone: 'UTC' }, isOnlineMeeting: true });
    expect(made.outputs.event![0]).toMatchObject({
      id: 'ev2',
      attendees: ['ada@example.com'],
      online_meeting_url: 'https://teams.microsoft.com/l/meetup-join/1',
    });
    const backwards = await run('outlook.create_event', { subject: 'x', start: '2026-12-08T11:00:00Z', end: '2026-12-08T10:00:00Z' });
    expect(backwards.error?.message).toBe("Outlook answered 400: Your request can't be completed. The end time must be after the start time.");
  });

  it('lists, reads (through the download redirect) and writes OneDrive files', async () => {
    expect((await run('onedrive.list_files', { folder: 'Reports' })).outputs.items![0]).toEqual([
      { id: 'f1', name: 'summary.txt', folder: false, size: 10, modified: '2026-12-06T10:00:00Z', url: 'https://onedrive.live.com/f1' },
    ]);
    expect((await run('onedrive.read_file', { path: 'Reports/summary.txt' })).outputs.text).toEqual(['All green.']);
    expect(seen.at(-1)!.url.pathname).toBe('/download/Reports%2Fsummary.txt');
    expect((await run('onedrive.write_file', { path: 'Reports/next week.txt', text: 'Plan' })).outputs).toMatchObject({ size: [4] });
    expect(seen.at(-1)!.url.pathname).toBe('/v1.0/me/drive/root:/Reports/next%20week.txt:/content');
    expect((await run('onedrive.read_file', { path: 'Reports/next week.txt' })).outputs.text).toEqual(['Plan']);
    expect((await run('onedrive.read_file', { path: 'Reports/gone.txt' })).error?.kind).toBe('not_found');
    await expect(run('onedrive.read_file', { path: 'Reports/../secret.txt' })).rejects.toThrow('a path without "." or ".." segments');
  });

  it('posts to a Teams channel and replies in a thread', async () => {
    const posted = await run('teams.post_message', { team_id: TEAM, channel_id: CHANNEL, text: '<b>Deployed</b>', html: true });
    expect(posted.outputs).toEqual({ message_id: ['1733569200000'], url: ['https://teams.microsoft.com/l/message/1'] });
    expect(seen.at(-1)!.body).toEqual({ body: { contentType: 'html', content: '<b>Deployed</b>' } });
    expect((await run('teams.post_message', { team_id: TEAM, channel_id: CHANNEL, text: 'Thanks', reply_to: '1733569200000' })).outputs.message_id).toEqual([
      '1733569300000',
    ]);
  });

  it('reads an Excel table as records and adds rows by column name', async () => {
    expect((await run('excel.read_table', { workbook_path: 'Sales/2026.xlsx', table: 'Orders' })).outputs).toEqual({
      columns: [['Item', 'Qty']],
      rows: [
        [
          ['Tea', 2],
          ['Cake', 1],
        ],
      ],
      records: [
        [
          { Item: 'Tea', Qty: 2 },
          { Item: 'Cake', Qty: 1 },
        ],
      ],
    });
    const added = await run('excel.add_rows', { workbook_path: 'Sales/2026.xlsx', table: 'Orders', rows: [{ Qty: 3, Item: 'Pie' }, ['Jam', 1]] });
    expect(added.outputs).toEqual({ added: [2], first_index: [2] });
    expect(seen.at(-1)!.body).toEqual({
      values: [
        ['Pie', 3],
        ['Jam', 1],
      ],
      index: null,
    });
    expect((await run('excel.add_rows', { workbook_path: 'Sales/2026.xlsx', table: 'Orders', rows: [{ Price: 1 }] })).error?.message).toBe(
      'The table Orders has no column Price; its columns are: Item, Qty.',
    );
    expect((await run('excel.read_table', { workbook_path: 'Sales/2026.xlsx', table: 'Orders' }, { token: 'eyJ.bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Access token has expired'),
    });
  });
});
