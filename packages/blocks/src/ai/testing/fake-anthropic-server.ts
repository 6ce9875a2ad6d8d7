import { sse, json, startScriptedServer, type FakeModelServer, type ScriptedReply, type WireFormat } from './scripted-server.ts';

/** Anthropic's Messages format: content blocks of text and tool_use, streamed as typed events. */
const anthropicFormat: WireFormat = {
  path: '/messages',
  errorBody: (message) => ({ type: 'error', error: { type: 'authentication_error', message } }),
  models: (ids) => ({ data: ids.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' })), has_more: false }),
  async respond(reply, body, res, turn) {
    const text = reply.chunks ?? [];
    const toolUses = (reply.toolCalls ?? []).map((call, index) => ({ type: 'tool_use', id: `toolu_${turn}_${index}`, name: call.name, input: call.arguments }));
    const usage = { input_tokens: reply.usage?.inputTokens ?? 3, output_tokens: reply.usage?.outputTokens ?? text.length + toolUses.length };
    const stopReason = toolUses.length ? 'tool_use' : 'end_turn';
    const message = { id: `msg_${turn}`, type: 'message', role: 'assistant', model: String(body.model), stop_sequence: null };
    if (!body.stream) {
      const content = [...(text.length ? [{ type: 'text', text: text.join('') }] : []), ...toolUses];
      return json(res, 200, { ...message, content, stop_reason: stopReason, usage });
    }
    const stream = sse(res);
    const send = (data: { type: string; [key: string]: unknown }) => stream.send(data, data.type);
    send({ type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: usage.input_tokens, output_tokens: 1 } } });
    let index = 0;
    if (text.length) {
      send({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      for (const [sent, piece] of text.entries()) {
        await stream.pause(reply, sent);
        send({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } });
      }
      send({ type: 'content_block_stop', index: index++ });
    }
    for (const { input, ...toolUse } of toolUses) {
      send({ type: 'content_block_start', index, content_block: { ...toolUse, input: {} } });
      send({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(input) } });
      send({ type: 'content_block_stop', index: index++ });
    }
    send({ type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
    send({ type: 'message_stop' });
    res.end();
  },
};

/** A small Anthropic-compatible server for tests, speaking the Messages API's real wire format. */
export function startFakeAnthropicServer(script: ScriptedReply[], modelIds?: string[]): Promise<FakeModelServer> {
  return startScriptedServer(anthropicFormat, script, modelIds);
}
