import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import type { ServerProcess } from '../testing/server-process.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** A chat agent: the visitor's message and the earlier turns go into the prompt; the model's answer is the reply. */
const chatAgent = (credential: string) => ({
  name: 'Helper',
  nodes: [
    { id: 'message', block: 'input', inputs: { name: 'message' } },
    { id: 'history', block: 'input', inputs: { name: 'history', value: [] } },
    { id: 'prompt', block: 'text.template', inputs: { template: 'Before: {{history}} Now: {{message}}' } },
    { id: 'model', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential } },
    { id: 'reply', block: 'output', inputs: { name: 'reply' } },
  ],
  links: [
    { from: { node: 'message', output: 'result' }, to: { node: 'prompt', input: 'values.message' } },
    { from: { node: 'history', output: 'result' }, to: { node: 'prompt', input: 'values.history' } },
    { from: { node: 'prompt', output: 'result' }, to: { node: 'model', input: 'prompt' } },
    { from: { node: 'model', output: 'response' }, to: { node: 'reply', input: 'value' } },
  ],
});

/** The server-sent events of a turn, read as they come: `next()` resolves with each. */
async function openTurn(server: ServerProcess, client: ApiClient, path: string, text: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: client.cookieHeader ?? '' },
    body: JSON.stringify({ text }),
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    response,
    async next(): Promise<{ type: string; text?: string; message?: Record<string, unknown> }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          return JSON.parse(
            frame
              .split('\n')
              .find((line) => line.startsWith('data: '))!
              .slice(6),
          );
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`The stream ended; left: ${buffer}`);
        buffer += value;
      }
    },
  };
}

describe('chat apps (real server process, scripted model)', () => {
  let server: ServerProcess;
  let owner: ApiClient;
  let stop: () => Promise<void>;
  let model: FakeModelServer;
  let release: () => void;
  const visitor = () => new ApiClient(server.url);

  beforeAll(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    const lastPrompt = (body: Record<string, unknown>) => String((body.messages as { content: string }[]).at(-1)!.content);
    model = await startFakeOpenAiServer([
      { chunks: ['Hello', ' there!'], holds: [{ afterChunks: 1, until: held }] },
      { from: (body) => ({ chunks: [`I saw: ${lastPrompt(body)}`] }) },
      { status: 400, error: 'The model refused this prompt.' },
    ]);
    ({ server, owner, stop } = await startWithTwoAccounts({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' }));
  }, 60_000);

  afterAll(async () => {
    await stop?.();
    await model?.close();
  });

  it('publishes only an agent with an Input "message" and an Output "reply" as a chat, and names what is missing', async () => {
    const form = (await owner.post('/api/graphs', { name: 'Form', nodes: [{ id: 'in', block: 'input', inputs: { name: 'topic' } }], links: [] })).body.id;
    const refused = await owner.put(`/api/graphs/${form}/app`, { slug: 'not-a-chat', kind: 'chat', title: 'No', access: 'public' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'not_a_chat_agent',
      message: 'A chat app needs an agent with an Input block named "message" and an Output block named "reply"; add them, save, and publish again.',
    });
  });

  it('streams the reply token by token, keeps the conversation with the earlier turns given to the agent, and shows it to the owner', async () => {
    const credential = (await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } }))
      .body.credential.id;
    const graphId = (await owner.post('/api/graphs', chatAgent(credential))).body.id;
    const published = await owner.put(`/api/graphs/${graphId}/app`, { slug: 'helper', kind: 'chat', title: 'Helper', access: 'public' });
    expect(published.body.app).toMatchObject({ kind: 'chat' });
    expect((await visitor().get('/api/apps/helper')).body.app).toMatchObject({ kind: 'chat', title: 'Helper' });

    const ada = visitor();
    const started = await ada.post('/api/apps/helper/conversations', { text: 'Hi' });
    expect(started.status).toBe(201);
    const { id } = started.body.conversation;
    expect(started.body.conversation.title).toBe('Hi');

    // The model holds after its first token: the visitor has it before the reply ends.
    const turn = await openTurn(server, ada, `/api/apps/helper/conversations/${id}/messages`, 'Hi');
    expect(turn.response.headers.get('content-type')).toContain('text/event-stream');
    expect(await turn.next()).toEqual({ type: 'delta', text: 'Hello' });
    release();
    expect(await turn.next()).toEqual({ type: 'delta', text: ' there!' });
    const replied = await turn.next();
    expect(replied).toMatchObject({ type: 'reply', message: { role: 'assistant', text: 'Hello there!', error: null, seq: 2 } });

    // The second turn gets the first as its history.
    const second = await openTurn(server, ada, `/api/apps/helper/conversations/${id}/messages`, 'And again?');
    let event = await second.next();
    while (event.type === 'delta') event = await second.next();
    expect(event.message!.text).toBe('I saw: Before: [{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello there!"}] Now: And again?');

    const kept = await ada.get(`/api/apps/helper/conversations/${id}`);
    expect(kept.body.messages.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([
      ['user', 'Hi'],
      ['assistant', 'Hello there!'],
      ['user', 'And again?'],
      ['assistant', event.message!.text],
    ]);
    expect((await ada.get('/api/apps/helper/conversations')).body.conversations).toHaveLength(1);

    // Someone else: no conversations, and not this one.
    const bob = visitor();
    expect((await bob.get('/api/apps/helper/conversations')).body.conversations).toEqual([]);
    expect((await bob.get(`/api/apps/helper/conversations/${id}`)).status).toBe(404);
    expect((await bob.post(`/api/apps/helper/conversations/${id}/messages`, { text: 'mine now' })).status).toBe(404);

    // The owner lists every visitor's conversations and reads them; each turn is a run of the agent, trigger app.
    const listed = await owner.get(`/api/graphs/${graphId}/app/conversations`);
    expect(listed.body.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await owner.get(`/api/graphs/${graphId}/app/conversations/${id}`)).body.messages).toHaveLength(4);
    expect((await owner.get(`/api/runs?graphId=${graphId}&trigger=app`)).body.runs).toHaveLength(2);

    // A turn whose run fails keeps the visitor's message and says why no reply came.
    const failing = await openTurn(server, ada, `/api/apps/helper/conversations/${id}/messages`, 'Fail please');
    let last = await failing.next();
    while (last.type === 'delta') last = await failing.next();
    expect(last.message).toMatchObject({ role: 'assistant', text: '' });
    expect(String(last.message!.error)).toContain('The model refused this prompt.');
  });

  it('refuses a chat turn on a form app, and a form run stays where it was', async () => {
    const graphId = (await owner.post('/api/graphs', { name: 'Plain', nodes: [{ id: 'in', block: 'input', inputs: { name: 'x' } }], links: [] })).body.id;
    await owner.put(`/api/graphs/${graphId}/app`, { slug: 'plain-form', title: 'Plain', access: 'public' });
    const refused = await visitor().post('/api/apps/plain-form/conversations', { text: 'Hi' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_a_chat');
  });
});
