import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Slack's Web API as its reference shows it: GET reads with cursors, POST writes, `ok: false` errors, 429 with Retry-After. */
function fakeSlack(seen: { method: string; url: URL; auth: string | undefined; body: any }[]): Server {
  const message = (ts: string, text: string, extra = {}) => ({ type: 'message', ts, user: 'U1', text, ...extra });
  return fakeApiServer((req, res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ method: req.method!, url, auth: req.headers.authorization, body });
    if (req.headers.authorization !== 'Bearer xoxb-good') return json(200, { ok: false, error: 'invalid_auth' });
    const q = url.searchParams;
    switch (url.pathname) {
      case '/api/conversations.history':
        if (q.get('channel') === 'C-busy') return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '7' });
        if (q.get('channel') === 'C-secret') return json(200, { ok: false, error: 'missing_scope', needed: 'channels:history' });
        if (q.get('cursor') === 'page2')
          return json(200, { ok: true, messages: [message('1700000001.000000', 'older')], has_more: false, response_metadata: { next_cursor: '' } });
        return json(200, {
          ok: true,
          messages: [message('1700000003.000000', 'newest', { reply_count: 2, thread_ts: '1700000003.000000' }), message('1700000002.000000', 'middle')],
          has_more: true,
          response_metadata: { next_cursor: 'page2' },
        });
      case '/api/conversations.replies':
        return json(200, {
          ok: true,
          messages: [message(q.get('ts')!, 'question', { thread_ts: q.get('ts') }), message('1700000004.000000', 'answer', { thread_ts: q.get('ts') })],
        });
      case '/api/conversations.list':
        return json(200, {
          ok: true,
          channels: [{ id: 'C1', name: 'general', is_private: false, is_member: true, topic: { value: 'Everything' }, num_members: 12 }],
          response_metadata: { next_cursor: '' },
        });
      case '/api/chat.update':
        if (body.ts === '1.9') return json(200, { ok: false, error: 'cant_update_message' });
        return json(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
      case '/api/chat.delete':
        if (body.ts === '1.9') return json(200, { ok: false, error: 'message_not_found' });
        return json(200, { ok: true, channel: body.channel, ts: body.ts });
      case '/api/reactions.add':
        if (body.name === 'eyes') return json(200, { ok: false, error: 'already_reacted' });
        return json(200, { ok: true });
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  });
}

describe('Slack blocks against a local server speaking Slack’s Web API', () => {
  const seen: { method: string; url: URL; auth: string | undefined; body: any }[] = [];
  const run = providerSuite(fakeSlack(seen), (baseUrl) => ({ id: 's', kind: 'slack_bot', fields: { token: 'xoxb-good', baseUrl: `${baseUrl}/api` } }));

  it('reads a channel across pages, a thread, the channel list, and reacts', async () => {
    const history = await run('slack.read_history', { channel: 'C1', limit: 10, since: '1699999999' });
    expect(history.outputs.messages).toEqual([
      [
        { ts: '1700000003.000000', user: 'U1', text: 'newest', thread_ts: '1700000003.000000', replies: 2 },
        { ts: '1700000002.000000', user: 'U1', text: 'middle', thread_ts: '', replies: 0 },
        { ts: '1700000001.000000', user: 'U1', text: 'older', thread_ts: '', replies: 0 },
      ],
    ]);
    expect(seen.at(-2)!.url.search).toBe('?channel=C1&limit=10&oldest=1699999999');
    expect(seen.at(-1)!.url.searchParams.get('cursor')).toBe('page2');
    const thread = await run('slack.read_thread', { channel: 'C1', thread_ts: '1700000003.000000' });
    expect((thread.outputs.messages![0] as { text: string }[]).map((m) => m.text)).toEqual(['question', 'answer']);
    const channels = await run('slack.list_channels', { include_private: true });
    expect(channels.outputs.channels).toEqual([[{ id: 'C1', name: 'general', is_private: false, is_member: true, topic: 'Everything', members: 12 }]]);
    expect(seen.at(-1)!.url.searchParams.get('types')).toBe('public_channel,private_channel');
    expect((await run('slack.add_reaction', { channel: 'C1', ts: '1700000003.000000', emoji: 'white_check_mark' })).outputs).toEqual({ ok: [true] });
    expect(seen.at(-1)!.body).toEqual({ channel: 'C1', timestamp: '1700000003.000000', name: 'white_check_mark' });
  });

  it('edits and deletes the bot’s messages, saying what to fix when Slack refuses', async () => {
    expect((await run('slack.update_message', { channel: 'C1', ts: '1.2', text: 'Done: 3 tickets' })).outputs).toEqual({
      ts: ['1.2'],
      text: ['Done: 3 tickets'],
    });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: { channel: 'C1', ts: '1.2', text: 'Done: 3 tickets' } });
    expect((await run('slack.update_message', { channel: 'C1', ts: '1.9', text: 'x' })).error?.message).toBe(
      'Slack refused chat.update (cant_update_message): a bot may only edit its own messages.',
    );
    expect((await run('slack.delete_message', { channel: 'C1', ts: '1.2' })).outputs).toEqual({ deleted: [true] });
    expect((await run('slack.delete_message', { channel: 'C1', ts: '1.9' })).error?.message).toBe(
      'Slack refused chat.delete (message_not_found): check the message ts.',
    );
  });

  it('says what to fix for Slack’s refusals and waits as asked when rate limited', async () => {
    expect((await run('slack.read_history', { channel: 'C-secret' })).error).toMatchObject({
      kind: 'provider',
      message: 'Slack refused conversations.history (missing_scope): give the app the scope this needs (OAuth & Permissions) and reinstall it.',
    });
    expect((await run('slack.add_reaction', { channel: 'C1', ts: '1.2', emoji: 'eyes' })).error?.message).toBe(
      'Slack refused reactions.add (already_reacted): the bot already reacted with this emoji.',
    );
    const revoked = { token: 'xoxb-revoked' };
    expect((await run('slack.list_channels', {}, revoked)).error?.message).toBe('Slack refused conversations.list (invalid_auth): check the bot token.');
    const busy = await run('slack.read_history', { channel: 'C-busy' });
    expect(busy.error).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining('it asks to wait 7 s') });
  });
});
