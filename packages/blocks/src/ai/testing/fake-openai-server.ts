import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  /** Text the model answers, streamed in these pieces (one SSE chunk each). */
  chunks: string[];
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Pause between streamed chunks, as a real model does. */
  chunkDelayMs?: number;
  /** Answer with this HTTP status and error message instead. */
  status?: number;
  error?: string;
}

export interface FakeOpenAiServer {
  baseUrl: string;
  /** Every request body received, parsed. */
  requests: Record<string, unknown>[];
  /** Authorization headers received. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * A small OpenAI-compatible server for tests: `POST /v1/chat/completions`
 * answers with the next scripted reply, as JSON or as server-sent events when
 * the request asks to stream — the real wire format, so the product's real
 * client code is what gets tested.
 */
export async function startFakeOpenAiServer(script: ScriptedReply[]): Promise<FakeOpenAiServer> {
  const requests: Record<string, unknown>[] = [];
  const authorizations: (string | undefined)[] = [];
  let next = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return void res.writeHead(404).end();
    requests.push(body);
    authorizations.push(req.headers.authorization);
    const reply = script[Math.min(next++, script.length - 1)]!;
    if (reply.status) {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ error: { message: reply.error ?? 'error', type: 'invalid_request_error' } }));
    }
    const id = `chatcmpl-${next}`;
    const usage = { ...(reply.usage ?? { prompt_tokens: 3, completion_tokens: reply.chunks.length }), total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    const base = { id, object: 'chat.completion.chunk', created: 1_700_000_000, model: String(body.model) };
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const chunk of reply.chunks) {
        if (reply.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, reply.chunkDelayMs));
        res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: chunk }, finish_reason: null }] })}\n\n`);
      }
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`);
      return void res.end('data: [DONE]\n\n');
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: reply.chunks.join('') }, finish_reason: 'stop' }],
        usage,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    authorizations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
