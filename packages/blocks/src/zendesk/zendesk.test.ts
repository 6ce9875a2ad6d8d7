import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const AUTH = `Basic ${Buffer.from('agent@example.com/token:zd-good').toString('base64')}`;
const ticket = { id: 35, subject: 'Refund', description: 'Please refund', status: 'new', priority: null, requester_id: 7, tags: ['billing'] };

/** Zendesk Support API v2 as documented: Basic email/token, {ticket: …} bodies, {error, description, details} errors. */
function fakeZendesk(seen: { method: string; url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url: req.url!, body });
    if (req.headers.authorization !== AUTH) return json(401, { error: "Couldn't authenticate you" });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/api/v2/tickets.json')
      return json(201, { ticket: { ...ticket, subject: body.ticket.subject, priority: body.ticket.priority ?? null, tags: body.ticket.tags ?? [] } });
    if (url.pathname === '/api/v2/search.json') return json(200, { results: [{ ...ticket, result_type: 'ticket' }], count: 1, next_page: null });
    if (url.pathname === '/api/v2/tickets/35.json' && req.method === 'GET') return json(200, { ticket });
    if (url.pathname === '/api/v2/tickets/35/comments.json') {
      const page = url.searchParams.get('page');
      const comment = (id: number, author: number, text: string, pub: boolean) => ({
        id,
        author_id: author,
        body: `<p>${text}</p>`,
        plain_body: text,
        public: pub,
        created_at: `2026-12-0${id}T09:00:00Z`,
      });
      if (page === '1')
        return json(200, {
          comments: [comment(1, 7, 'Please refund', true), comment(2, 9, 'Checked the order', false)],
          next_page: `${url.origin}/api/v2/tickets/35/comments.json?page=2`,
        });
      return json(200, { comments: [comment(3, 9, 'Refunded today', true)], next_page: null });
    }
    if (url.pathname === '/api/v2/tickets/35.json') return json(200, { ticket: { ...ticket, status: body.ticket.status ?? ticket.status } });
    if (url.pathname === '/api/v2/tickets/36.json')
      return json(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { status: [{ description: 'Status: closed prevents ticket update' }] },
      });
    json(404, { error: 'RecordNotFound', description: 'Not found' });
  });
}

describe('Zendesk blocks against a local server speaking its Support API', () => {
  const seen: { method: string; url: string; body: unknown }[] = [];
  let site = '';
  const run = providerSuite(fakeZendesk(seen), (baseUrl) => {
    site = baseUrl;
    return { id: 'zd', kind: 'zendesk', fields: { siteUrl: baseUrl, email: 'agent@example.com', apiToken: 'zd-good' } };
  });

  it('reads a ticket with its comments across pages, leaving out internal notes when asked', async () => {
    const read = await run('zendesk.get_ticket', { ticket_id: 35 });
    expect(read.outputs.ticket![0]).toMatchObject({ id: 35, subject: 'Refund', status: 'new' });
    expect(read.outputs.conversation).toEqual([
      '[2026-12-01T09:00:00Z] 7: Please refund\n\n[2026-12-02T09:00:00Z] 9 (internal): Checked the order\n\n[2026-12-03T09:00:00Z] 9: Refunded today',
    ]);
    expect(seen.slice(-2).map((s) => s.url)).toEqual([
      '/api/v2/tickets/35/comments.json?page=1&sort_order=asc',
      '/api/v2/tickets/35/comments.json?page=2&sort_order=asc',
    ]);
    const publicOnly = await run('zendesk.get_ticket', { ticket_id: 35, include_internal: false });
    expect((publicOnly.outputs.comments![0] as { id: number }[]).map((c) => c.id)).toEqual([1, 3]);
    expect((await run('zendesk.get_ticket', { ticket_id: 404 })).error?.message).toContain('Not found');
  });

  it('opens a ticket, finds tickets and replies solving one', async () => {
    const made = await run('zendesk.create_ticket', {
      subject: 'Refund',
      comment: 'Please refund',
      requester_email: 'ada@example.com',
      priority: 'high',
      tags: ['billing'],
    });
    expect(made.outputs.ticket).toEqual([
      {
        id: 35,
        subject: 'Refund',
        description: 'Please refund',
        status: 'new',
        priority: 'high',
        requester_id: 7,
        tags: ['billing'],
        url: `${site}/agent/tickets/35`,
      },
    ]);
    expect(seen.at(-1)!.body).toEqual({
      ticket: {
        subject: 'Refund',
        comment: { body: 'Please refund' },
        requester: { email: 'ada@example.com', name: 'ada@example.com' },
        priority: 'high',
        tags: ['billing'],
      },
    });
    expect((await run('zendesk.search_tickets', { query: 'status:new' })).outputs.count).toEqual([1]);
    expect(new URL(seen.at(-1)!.url, 'http://x').searchParams.get('query')).toBe('type:ticket status:new');
    const solved = await run('zendesk.update_ticket', { ticket_id: 35, comment: 'Refunded', status: 'solved' });
    expect(solved.outputs.ticket![0]).toMatchObject({ status: 'solved' });
    expect(seen.at(-1)!.body).toEqual({ ticket: { comment: { body: 'Refunded', public: true }, status: 'solved' } });
  });

  it('says what Zendesk refused', async () => {
    expect((await run('zendesk.update_ticket', { ticket_id: 36, status: 'open' })).error?.message).toBe(
      'Zendesk answered 422: Record validation errors (status: Status: closed prevents ticket update)',
    );
    expect((await run('zendesk.update_ticket', { ticket_id: 99, status: 'open' })).error?.kind).toBe('not_found');
    expect((await run('zendesk.search_tickets', { query: 'x' }, { apiToken: 'bad' })).error?.message).toContain("Couldn't authenticate you");
    expect((await run('zendesk.update_ticket', { ticket_id: 35 })).error?.message).toBe('Give something to do: a comment, a status or a priority.');
  });
});
