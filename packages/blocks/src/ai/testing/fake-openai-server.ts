import { embeddingsAnswer } from './fake-media-server.ts';
import { sse, json, startScriptedServer, type FakeModelServer, type ScriptedReply, type WireFormat } from './scripted-server.ts';

/** OpenAI's chat completions format: JSON, or SSE chunks ending in `[DONE]`; tool calls as `tool_calls`. */
const openAiFormat: WireFormat = {
  path: '/chat/completions',
  errorBody: (message) => ({ error: { message, type: 'invalid_request_error' } }),
  models: (ids) => ({ object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'test' })) }),
  // Embeddings too, so one credential serves an agent's memory blocks and its model calls.
  other(path, body, res) {
    if (path !== '/v1/embeddings') return false;
    json(res, 200, embeddingsAnswer(body));
    return true;
  },
  async respond(reply, body, res, turn) {
    const text = reply.chunks ?? [];
    const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
      index,
      id: `call_${turn}_${index}`,
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.arguments) },
    }));
    const inputTokens = reply.usage?.inputTokens ?? 3;
    const outputTokens = reply.usage?.outputTokens ?? text.length + toolCalls.length;
    const usage = { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens };
    const finishReason = toolCalls.length ? 'tool_calls' : 'stop';
    const base = { id: `chatcmpl-${turn}`, created: 1_700_000_000, model: String(body.model) };
    if (!body.stream) {
      const message = {
        role: 'assistant',
        content: text.length ? text.join('') : null,
        ...(toolCalls.length ? { tool_calls: toolCalls.map(({ index: _, ...call }) => call) } : {}),
      };
      return json(res, 200, { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finishReason }], usage });
    }
    const stream = sse(res);
    const chunk = (delta: unknown, finish: string | null, extra = {}) => ({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, finish_reason: finish }],
      ...extra,
    });
    for (const [sent, piece] of text.entries()) {
      await stream.pause(reply, sent);
      stream.send(chunk({ role: 'assistant', content: piece }, null));
    }
    if (toolCalls.length) stream.send(chunk({ role: 'assistant', tool_calls: toolCalls }, null));
    stream.send(chunk({}, finishReason, { usage }));
    stream.send('[DONE]');
    res.end();
  },
};

/** A small OpenAI-compatible server for tests, speaking the real wire format so the product's real client is what gets tested. */
export function startFakeOpenAiServer(script: ScriptedReply[], modelIds?: string[]): Promise<FakeModelServer> {
  return startScriptedServer(openAiFormat, script, modelIds);
}
