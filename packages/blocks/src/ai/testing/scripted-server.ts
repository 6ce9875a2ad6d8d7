import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** One model turn a test scripts: text (streamed in these pieces), tool calls, or an HTTP error — or made from the request (`from`). */
export interface ScriptedReply {
  /** Builds the reply from the request's body, e.g. to quote an id a tool answered. */
  from?: (body: Record<string, unknown>) => Omit<ScriptedReply, 'from'>;
  chunks?: string[];
  toolCalls?: ScriptedToolCall[];
  usage?: { inputTokens: number; outputTokens: number };
  /** Pause between streamed chunks, as a real model does. */
  chunkDelayMs?: number;
  /** Stop streaming after so many chunks until the promise settles, so a test can look at a stream half-way without racing a timer. */
  holds?: { afterChunks: number; until: Promise<unknown> }[];
  /** Answer with this HTTP status and error message instead. */
  status?: number;
  error?: string;
}

/** A fake provider: the requests it got, for tests to inspect. */
export interface FakeModelServer {
  /** What a credential's baseUrl should be. */
  baseUrl: string;
  /** Every request body received, parsed. */
  requests: Record<string, unknown>[];
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** How one provider's wire format answers a scripted reply. */
export interface WireFormat {
  /** The path under /v1 that the provider's client posts to. */
  path: string;
  /** The body of an error response. */
  errorBody(message: string): unknown;
  respond(reply: ScriptedReply, body: Record<string, unknown>, res: ServerResponse, turn: number): Promise<void>;
  /** The body of `GET /v1/models`. */
  models(ids: string[]): unknown;
  /** Answers other endpoints of the provider (OpenAI's `/v1/embeddings`); false when the path is not one. */
  other?(path: string, body: Record<string, unknown>, res: ServerResponse): boolean;
}

/** Serves the script in order (the last reply repeats) on 127.0.0.1 in the given wire format. */
export async function startScriptedServer(format: WireFormat, script: ScriptedReply[], modelIds: string[] = ['tiny']): Promise<FakeModelServer> {
  const requests: Record<string, unknown>[] = [];
  const headers: IncomingHttpHeaders[] = [];
  let turn = 0;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    headers.push(req.headers);
    if (req.method === 'GET' && req.url === '/v1/models') return json(res, 200, format.models(modelIds));
    if (req.method === 'POST' && req.url !== `/v1${format.path}` && format.other?.(req.url ?? '', body, res)) return;
    if (req.method !== 'POST' || req.url !== `/v1${format.path}`) return void res.writeHead(404).end();
    requests.push(body);
    const scripted = script[Math.min(turn++, script.length - 1)]!;
    const reply = scripted.from ? scripted.from(body) : scripted;
    if (reply.status) return json(res, reply.status, format.errorBody(reply.error ?? 'error'));
    await format.respond(reply, body, res, turn);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeModelServer = {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    headers,
    close: async () => {
      open.delete(fake);
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  open.add(fake);
  return fake;
}

const open = new Set<FakeModelServer>();

/** Closes every fake server still open (after each test). */
export async function closeOpenServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Writes server-sent events, pausing between text chunks when the reply asks. */
/** `pause(reply, sent)` comes before each chunk, `sent` being how many chunks went before it. */
export function sse(res: ServerResponse): { send(data: unknown, event?: string): void; pause(reply: ScriptedReply, sent: number): Promise<void> } {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  return {
    send: (data, event) => res.write(`${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`),
    pause: async (reply, sent) => {
      for (const hold of reply.holds ?? []) if (hold.afterChunks === sent) await hold.until;
      if (reply.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, reply.chunkDelayMs));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
