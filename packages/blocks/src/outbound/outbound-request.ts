import { BlockError } from '@blocksmith/sdk';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { openHttpConnection } from './open-connection.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

export interface RawRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal;
  maxBytes: number;
  /** Judged when this request connects, so every redirect hop is judged again. */
  network: OutboundPolicy;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as UTF-8 text. */
  body: string;
  /** The body as it came (audio, images). */
  bytes: Buffer;
}

/** One HTTP exchange, no redirects followed, on a connection openConnection opened under the policy. */
export function sendRequest(req: RawRequest): Promise<RawResponse> {
  const send = req.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let outgoing;
    try {
      const connection = () => openHttpConnection(req.url, req.network);
      outgoing = send(req.url, { method: req.method, headers: req.headers, signal: req.signal, createConnection: connection });
    } catch (refusal) {
      reject(refusal as Error);
      return;
    }
    outgoing.on('error', (error) => reject(asBlockError(error, req)));
    outgoing.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > req.maxBytes) {
          response.destroy();
          reject(new BlockError('http', `The response from ${req.url.host} is larger than ${req.maxBytes} bytes; raise max_response_bytes to accept it.`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => reject(asBlockError(error, req)));
      response.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers, body: bytes.toString('utf8'), bytes });
      });
    });
    outgoing.end(req.body);
  });
}

function asBlockError(error: Error, req: RawRequest): Error {
  if (error instanceof BlockError) return error;
  if (req.signal.aborted) {
    const reason: unknown = req.signal.reason;
    if (reason instanceof BlockError) return reason;
    if (reason instanceof DOMException && reason.name === 'TimeoutError') {
      return new BlockError('timeout', `${req.method} ${req.url.href} timed out; raise timeout_ms if the server is slow.`);
    }
    return new BlockError('cancelled', `${req.method} ${req.url.href} was stopped.`);
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof BlockError) return cause;
  return new BlockError('http', `${req.method} ${req.url.href} failed: ${error.message}`);
}
