import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainUnreadBodies } from './drain-unread-body.ts';

/** Sends `size` bytes as the body with fetch, as the API's clients do, and reads the answer. */
async function post(port: number, path: string, size: number): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: Buffer.alloc(size, 0x20),
  });
  return { status: response.status, body: await response.text() };
}

describe('answers given before the body was read', () => {
  let app: FastifyInstance;
  let port: number;
  const bodyWholeWhenAnswered: boolean[] = [];

  beforeAll(async () => {
    app = Fastify({ bodyLimit: 1024 });
    drainUnreadBodies(app, 64 * 1024 * 1024);
    // Runs after the drain: whether the whole body had arrived when the answer went out.
    app.addHook('onSend', async (request) => void bodyWholeWhenAnswered.push(request.raw.complete));
    app.post('/echo', async (req) => ({ got: JSON.stringify(req.body).length }));
    app.post('/private', { onRequest: async (_req, reply) => reply.status(401).send({ error: 'sign in first' }) }, async () => ({}));
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app.close();
  });

  // 24 MB is more than the socket buffers of both ends hold: answered and closed before it is read, the
  // server's close would reset the connection while the client still sends (a broken pipe, not the answer).
  it('a client sending a body far over the limit receives the 413 and its message, after the server read it all', async () => {
    const answer = await post(port, '/echo', 24 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(bodyWholeWhenAnswered.at(-1)).toBe(true);
  });

  it('a refusal before the body is read (sign-in) reaches the client too', async () => {
    const answer = await post(port, '/private', 24 * 1024 * 1024);
    expect(answer).toEqual({ status: 401, body: '{"error":"sign in first"}' });
    expect(bodyWholeWhenAnswered.at(-1)).toBe(true);
  });
});
