import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/**
 * Answers that come before the body was read (413 too large, 401, 429, 404) are held until
 * the client has finished sending it, up to `maxBytes`: a server that answers and closes
 * while the client still writes makes the client's kernel see a reset, and the client a
 * broken pipe instead of the answer and its message. Past `maxBytes` the connection is cut.
 */
export function drainUnreadBodies(app: FastifyInstance, maxBytes: number): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!request.raw.complete) await drain(request.raw, maxBytes);
    return payload;
  });
}

function drain(raw: IncomingMessage, maxBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      raw.off('data', count);
      resolve();
    };
    const count = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) {
        raw.destroy();
        done();
      }
    };
    raw.on('data', count);
    raw.once('end', done);
    raw.once('close', done);
    raw.once('error', done);
    raw.resume();
  });
}
