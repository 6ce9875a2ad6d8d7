import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The smallest valid PNG (1×1, transparent): what the fake image model draws. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Words hashed into 1024 dimensions: texts that share words point the same way, so similarity ranks as a real model's would. */
export function wordVector(text: string): number[] {
  const vector = new Array<number>(1024).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let hash = 0;
    for (const ch of word) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    vector[hash % 1024]! += 1;
  }
  return vector;
}

/** What OpenAI's `/v1/embeddings` answers for a request body: one word vector per input, in order. */
export function embeddingsAnswer(body: Record<string, unknown>): unknown {
  const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
  return {
    object: 'list',
    model: body.model,
    data: input.map((text, index) => ({ object: 'embedding', index, embedding: wordVector(text) })),
    usage: { prompt_tokens: input.length, total_tokens: input.length },
  };
}

export interface FakeMediaServer {
  baseUrl: string;
  /** Every request: path, JSON body (or the multipart fields), auth header. */
  requests: { path: string; body: Record<string, unknown>; authorization: string | undefined }[];
  close(): Promise<void>;
}

/**
 * OpenAI's media and embedding endpoints on 127.0.0.1, in their wire format: `/v1/embeddings`,
 * `/v1/images/generations` (b64_json), `/v1/audio/speech` (audio bytes), `/v1/audio/transcriptions`
 * (multipart in, `{ text }` out: the uploaded bytes read as text). `Bearer sk-test` is the only good key;
 * model `busy` answers 429 with retry-after.
 */
export async function startFakeMediaServer(): Promise<FakeMediaServer> {
  const requests: FakeMediaServer['requests'] = [];
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    const { body, file } = await readRequest(req);
    requests.push({ path, body, authorization: req.headers.authorization });
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
    if (req.headers.authorization !== 'Bearer sk-test') return send(401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error' } });
    if (body.model === 'busy') return send(429, { error: { message: 'Rate limit reached.' } }, { 'retry-after': '20' });
    switch (path) {
      case '/v1/embeddings':
        return send(200, embeddingsAnswer(body));
      case '/v1/images/generations':
        return send(200, {
          created: 1_700_000_000,
          data: Array.from({ length: Number(body.n ?? 1) }, () => ({
            b64_json: TINY_PNG.toString('base64'),
            revised_prompt: `A picture of ${String(body.prompt)}`,
          })),
        });
      case '/v1/audio/speech':
        return void res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(Buffer.from(`ID3 spoken: ${String(body.input)}`));
      case '/v1/audio/transcriptions':
        if (!file) return send(400, { error: { message: "Missing required parameter: 'file'." } });
        return send(200, { text: file.toString('utf8').trim() });
      default:
        return send(404, { error: { message: `Unknown path ${path}` } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A JSON body, or a multipart form read by the platform's own parser (fields as the body, the `file` part's bytes). */
async function readRequest(req: IncomingMessage): Promise<{ body: Record<string, unknown>; file?: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const body: Record<string, unknown> = {};
    let file: Buffer | undefined;
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') body[name] = value;
      else file = Buffer.from(await value.arrayBuffer());
    }
    return file ? { body, file } : { body };
  }
  return { body: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {} };
}
