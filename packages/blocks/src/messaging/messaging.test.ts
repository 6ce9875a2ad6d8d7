import type { Credential } from '@blocksmith/sdk';
import { type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, fakeApiServer, listenLocally, runBlock, runGraph } from '../test-support.ts';

/** One local server answering as Slack (webhook and Web API), Discord, Teams and Telegram do, by path. */
function fakeServices(seen: { url: string; auth: string | undefined; body: unknown }[]): Server {
  return fakeApiServer(async (req, res, raw, json) => {
    const type = req.headers['content-type'] ?? '';
    // Uploads arrive as multipart forms: the fields, and each file part as { name, type, text }.
    const body = type.startsWith('multipart/form-data')
      ? Object.fromEntries(
          await Promise.all(
            [...(await new Response(raw, { headers: { 'content-type': type } }).formData()).entries()].map(async ([k, v]) => [
              k,
              typeof v === 'string' ? v : { name: v.name, type: v.type, text: await v.text() },
            ]),
          ),
        )
      : raw
        ? JSON.parse(raw)
        : undefined;
    seen.push({ url: req.url!, auth: req.headers.authorization, body });
    const text = (status: number, value: string) => res.writeHead(status, { 'content-type': 'text/plain' }).end(value);
    switch (req.url) {
      case '/slack/hooks/T1/B1/good':
        return text(200, 'ok');
      case '/slack/hooks/T1/B1/gone':
        return text(404, 'no_service');
      case '/slack/api/chat.postMessage':
        if (req.headers.authorization !== 'Bearer xoxb-good') return json(200, { ok: false, error: 'invalid_auth' });
        if (body.channel === 'C-missing') return json(200, { ok: false, error: 'channel_not_found' });
        return json(200, { ok: true, channel: body.channel, ts: '1700000000.000100' });
      case '/discord/api/webhooks/1/tok?wait=true':
        return json(200, { id: '1199', content: body.content });
      case '/discord/api/webhooks/1/old?wait=true':
        return json(404, { message: 'Unknown Webhook', code: 10015 });
      case '/discord/api/channels/123456789012/messages':
        if (req.headers.authorization !== 'Bot bot-good') return json(401, { message: '401: Unauthorized', code: 0 });
        return json(200, { id: '2200', channel_id: '123456789012', content: body.content });
      case '/discord/api/channels/123456789012/messages?limit=50':
      case '/discord/api/channels/123456789012/messages?limit=50&after=1300000000000002201':
        if (req.headers.authorization !== 'Bot bot-good') return json(401, { message: '401: Unauthorized', code: 0 });
        if (req.url.endsWith('after=1300000000000002201')) return json(200, []);
        return json(200, [
          { id: '1300000000000002201', content: 'Deploy?', timestamp: '2026-12-07T09:01:00.000000+00:00', author: { username: 'ada', global_name: 'Ada' } },
          {
            id: '1300000000000002200',
            content: 'Build passed',
            timestamp: '2026-12-07T09:00:00.000000+00:00',
            author: { username: 'ci', global_name: null, bot: true },
          },
        ]);
      case '/discord/api/channels/999999999999/messages':
      case '/discord/api/channels/999999999999/messages?limit=50':
        return json(403, { message: 'Missing Permissions', code: 50013 });
      case '/telegram/bot123:ABC/sendPhoto':
        return json(200, { ok: true, result: { message_id: 322, chat: { id: Number(body.chat_id) }, photo: [{ file_id: 'p1' }] } });
      case '/teams/webhook':
        return text(200, '1');
      case '/telegram/bot123:ABC/sendMessage':
        if (body.chat_id === 0) return json(400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
        return json(200, { ok: true, result: { message_id: 321, chat: { id: body.chat_id }, text: body.text } });
      default:
        return json(404, { ok: false, error_code: 404, description: 'Not Found' });
    }
  });
}

describe('messaging blocks against local servers speaking each service’s API', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; auth: string | undefined; body: unknown }[] = [];
  const run = (block: string, inputs: Record<string, unknown>, credential: Credential) =>
    runBlock(block, inputs, { allowPrivateNetwork: true }, { credentials: [credential] });

  beforeAll(async () => {
    server = fakeServices(seen);
    const port = await listenLocally(server);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await closeServer(server);
  });

  it('posts to Slack, Discord and Teams webhooks in their payload formats', async () => {
    const slack = await run(
      'slack.post_webhook',
      { text: '*Deploy* done' },
      { id: 's', kind: 'slack_webhook', fields: { url: `${base}/slack/hooks/T1/B1/good` } },
    );
    expect(slack.outputs).toEqual({ ok: [true] });
    expect(seen.at(-1)!.body).toEqual({ text: '*Deploy* done' });
    const discord = await run(
      'discord.post_webhook',
      { content: 'Deploy done', username: 'Blocksmith' },
      { id: 'd', kind: 'discord_webhook', fields: { url: `${base}/discord/api/webhooks/1/tok` } },
    );
    expect(discord.outputs).toEqual({ message_id: ['1199'] });
    expect(seen.at(-1)!.body).toEqual({ content: 'Deploy done', username: 'Blocksmith' });
    const teams = await run(
      'teams.post_webhook',
      { text: 'Deploy **done**', title: 'CI' },
      { id: 't', kind: 'teams_webhook', fields: { url: `${base}/teams/webhook` } },
    );
    expect(teams.outputs).toEqual({ ok: [true] });
    expect(seen.at(-1)!.body).toMatchObject({ '@type': 'MessageCard', text: 'Deploy **done**', title: 'CI' });
  });

  it('posts as a Slack bot, in a thread, and says what a refusal means', async () => {
    const bot = { id: 'b', kind: 'slack_bot', fields: { token: 'xoxb-good', baseUrl: `${base}/slack/api` } };
    const posted = await run('slack.post_message', { channel: 'C1', text: 'Reply', thread_ts: '1699.1' }, bot);
    expect(posted.outputs).toEqual({ ts: ['1700000000.000100'], channel: ['C1'] });
    expect(seen.at(-1)).toMatchObject({ auth: 'Bearer xoxb-good', body: { channel: 'C1', text: 'Reply', thread_ts: '1699.1' } });
    const missing = await run('slack.post_message', { channel: 'C-missing', text: 'x' }, bot);
    expect(missing.error?.message).toBe('Slack refused chat.postMessage (channel_not_found): check the channel id, and that the bot was added to it.');
    const unauthorised = await run('slack.post_message', { channel: 'C1', text: 'x' }, { ...bot, fields: { ...bot.fields, token: 'xoxb-bad' } });
    expect(unauthorised.error?.message).toContain('invalid_auth');
  });

  it('sends a Telegram message through the Bot API, and names its errors', async () => {
    const telegram = { id: 'tg', kind: 'telegram_bot', fields: { token: '123:ABC', baseUrl: `${base}/telegram` } };
    expect((await run('telegram.send_message', { chat_id: 42, text: 'Hi' }, telegram)).outputs).toEqual({ message_id: [321] });
    const lost = await run('telegram.send_message', { chat_id: 0, text: 'Hi' }, telegram);
    expect(lost.error).toMatchObject({ kind: 'provider', message: 'Telegram answered 400: Bad Request: chat not found' });
  });

  it('sends a Telegram photo as an upload of a stored file or by URL', async () => {
    const telegram = { id: 'tg', kind: 'telegram_bot', fields: { token: '123:ABC', baseUrl: `${base}/telegram` } };
    const { record, nodeRuns } = await runGraph(
      {
        schemaVersion: 1,
        name: 'Photo',
        nodes: [
          { id: 'file', block: 'file.write_text', inputs: { text: 'not really a png', name: 'chart.png', content_type: 'image/png' } },
          { id: 'send', block: 'telegram.send_photo', inputs: { chat_id: 42, caption: 'This week', credential: 'tg' } },
        ],
        links: [{ from: { node: 'file', output: 'file' }, to: { node: 'send', input: 'photo' } }],
      },
      { allowPrivateNetwork: true },
      { credentials: [telegram] },
    );
    expect(record.status).toBe('COMPLETED');
    expect(nodeRuns[1]!.outputs).toEqual({ message_id: [322] });
    expect(seen.at(-1)!.body).toEqual({ chat_id: '42', caption: 'This week', photo: { name: 'chart.png', type: 'image/png', text: 'not really a png' } });
    await run('telegram.send_photo', { chat_id: 42, photo_url: 'https://example.com/cat.png' }, telegram);
    expect(seen.at(-1)!.body).toEqual({ chat_id: 42, photo: 'https://example.com/cat.png' });
  });

  it('sends a Discord message as a bot, as a reply, and says when it may not', async () => {
    const bot = { id: 'd', kind: 'discord_bot', fields: { token: 'bot-good', baseUrl: `${base}/discord/api` } };
    const sent = await run('discord.send_message', { channel_id: '123456789012', content: 'Build passed', reply_to: '2199' }, bot);
    expect(sent.outputs).toEqual({ message_id: ['2200'] });
    expect(seen.at(-1)).toMatchObject({ auth: 'Bot bot-good', body: { content: 'Build passed', message_reference: { message_id: '2199' } } });
    const forbidden = await run('discord.send_message', { channel_id: '999999999999', content: 'x' }, bot);
    expect(forbidden.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('Discord refused the request (403: Missing Permissions)') });
  });

  it('reads a Discord channel oldest first, and goes on after the last message read', async () => {
    const bot = { id: 'd', kind: 'discord_bot', fields: { token: 'bot-good', baseUrl: `${base}/discord/api` } };
    const read = await run('discord.read_messages', { channel_id: '123456789012' }, bot);
    expect(read.outputs).toEqual({
      messages: [
        [
          { id: '1300000000000002200', author: 'ci', bot: true, content: 'Build passed', sent: '2026-12-07T09:00:00.000000+00:00' },
          { id: '1300000000000002201', author: 'Ada', bot: false, content: 'Deploy?', sent: '2026-12-07T09:01:00.000000+00:00' },
        ],
      ],
      last_id: ['1300000000000002201'],
    });
    expect((await run('discord.read_messages', { channel_id: '123456789012', after: '1300000000000002201' }, bot)).outputs).toEqual({
      messages: [[]],
      last_id: ['1300000000000002201'],
    });
    const forbidden = await run('discord.read_messages', { channel_id: '999999999999' }, bot);
    expect(forbidden.error).toMatchObject({ kind: 'credential', message: expect.stringContaining('Missing Permissions') });
  });

  it('says a removed webhook is gone', async () => {
    const gone = await run('slack.post_webhook', { text: 'x' }, { id: 's', kind: 'slack_webhook', fields: { url: `${base}/slack/hooks/T1/B1/gone` } });
    expect(gone.error?.message).toContain('Slack found nothing there (404: no_service)');
    const discord = await run(
      'discord.post_webhook',
      { content: 'x' },
      { id: 'd', kind: 'discord_webhook', fields: { url: `${base}/discord/api/webhooks/1/old` } },
    );
    expect(discord.error?.message).toContain('404: Unknown Webhook');
  });
});
