import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const headers = [
  { name: 'From', value: 'Ada <ada@example.com>' },
  { name: 'To', value: 'me@example.com' },
  { name: 'Cc', value: 'lin@example.com' },
  { name: 'Subject', value: 'Invoice 42' },
  { name: 'Date', value: 'Mon, 7 Dec 2026 09:00:00 +0000' },
  { name: 'Message-ID', value: '<CAB1@mail.example.com>' },
];
const message = {
  id: 'm1',
  threadId: 't1',
  snippet: 'Please find',
  labelIds: ['INBOX', 'UNREAD'],
  payload: {
    mimeType: 'multipart/alternative',
    headers,
    parts: [
      { mimeType: 'text/plain', body: { data: b64('Please find the invoice.\n') } },
      { mimeType: 'text/html', body: { data: b64('<p>Please find the invoice.</p>') } },
    ],
  },
};

/** The Gmail API v1 as its reference shows it: messages by id, `raw` base64url RFC 2822 on send, labels by id. */
function fakeGmail(sent: string[], seen: { url: URL; body: any }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url, body });
    if (req.headers.authorization !== 'Bearer ya29.good')
      return json(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    if (url.pathname === '/gmail/v1/users/me/messages') return json(200, { messages: [{ id: 'm1', threadId: 't1' }], resultSizeEstimate: 1 });
    if (url.pathname === '/gmail/v1/users/me/messages/m1' && url.searchParams.get('format') === 'full') return json(200, message);
    if (url.pathname === '/gmail/v1/users/me/messages/m1') return json(200, { id: 'm1', threadId: 't1', payload: { headers } });
    if (url.pathname === '/gmail/v1/users/me/messages/send') {
      sent.push(Buffer.from(body.raw, 'base64url').toString());
      return json(200, { id: 'm2', threadId: body.threadId ?? 't2', labelIds: ['SENT'] });
    }
    if (url.pathname === '/gmail/v1/users/me/labels')
      return json(200, {
        labels: [
          { id: 'INBOX', name: 'INBOX' },
          { id: 'UNREAD', name: 'UNREAD' },
          { id: 'Label_7', name: 'Invoices' },
        ],
      });
    if (url.pathname === '/gmail/v1/users/me/messages/m1/modify')
      return json(200, { id: 'm1', labelIds: ['INBOX', 'UNREAD', ...body.addLabelIds].filter((l: string) => !body.removeLabelIds.includes(l)) });
    json(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
  });
}

describe('Gmail blocks against a local server speaking the Gmail API', () => {
  const sent: string[] = [];
  const seen: { url: URL; body: any }[] = [];
  const run = providerSuite(fakeGmail(sent, seen), (baseUrl) => ({ id: 'g', kind: 'oauth2:google', fields: { token: 'ya29.good', baseUrl } }));

  it('searches and reads messages, their text from the plain part', async () => {
    const found = await run('gmail.search', { query: 'from:ada@example.com is:unread' });
    expect(found.outputs.messages).toEqual([
      [
        {
          id: 'm1',
          thread_id: 't1',
          from: 'Ada <ada@example.com>',
          to: 'me@example.com',
          subject: 'Invoice 42',
          date: 'Mon, 7 Dec 2026 09:00:00 +0000',
          snippet: 'Please find',
          text: 'Please find the invoice.\n',
          labels: ['INBOX', 'UNREAD'],
        },
      ],
    ]);
    expect(seen.find((s) => s.url.pathname === '/gmail/v1/users/me/messages')!.url.searchParams.get('q')).toBe('from:ada@example.com is:unread');
  });

  it('sends a UTF-8 mail, and replies in the thread to everyone', async () => {
    await run('gmail.send', { to: ['lin@example.com'], subject: 'Café ☕', text: 'Grüße' });
    expect(sent.at(-1)).toContain('To: lin@example.com\r\n');
    expect(sent.at(-1)).toContain(`Subject: =?UTF-8?B?${Buffer.from('Café ☕').toString('base64')}?=\r\n`);
    expect(sent.at(-1)!.split('\r\n\r\n')[1]).toBe(Buffer.from('Grüße').toString('base64'));
    const replied = await run('gmail.reply', { message_id: 'm1', text: 'Paid.', reply_all: true });
    expect(replied.outputs).toEqual({ id: ['m2'], thread_id: ['t1'] });
    const reply = sent.at(-1)!;
    expect(reply).toContain('To: Ada <ada@example.com>\r\nCc: me@example.com, lin@example.com\r\nSubject: Re: Invoice 42\r\n');
    expect(reply).toContain('In-Reply-To: <CAB1@mail.example.com>\r\nReferences: <CAB1@mail.example.com>\r\n');
  });

  it('labels by name, and refuses what would break the mail or is not there', async () => {
    expect((await run('gmail.label', { message_id: 'm1', add: ['invoices'], remove: ['UNREAD'] })).outputs.labels).toEqual([['INBOX', 'Invoices']]);
    expect((await run('gmail.label', { message_id: 'm1', add: ['Receipts'] })).error?.message).toBe(
      'Gmail has no label "Receipts"; its labels are: INBOX, UNREAD, Invoices.',
    );
    expect((await run('gmail.send', { to: ['lin@example.com'], subject: 'Hi\r\nBcc: all@example.com', text: 'x' })).error?.message).toBe(
      'The subject may not contain a line break.',
    );
    expect((await run('gmail.reply', { message_id: 'gone', text: 'x' })).error?.kind).toBe('not_found');
    expect((await run('gmail.search', {}, { token: 'ya29.bad' })).error?.message).toContain('Gmail refused the request (401');
  });
});
