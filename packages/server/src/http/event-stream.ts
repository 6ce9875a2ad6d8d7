import type { FastifyReply } from 'fastify';

/**
 * Answers with server-sent events (`event: <type>`, `data: <JSON>`) from work that `start` begins: a refusal
 * while it starts is an ordinary JSON error (the stream is not open yet); events that come before the stream
 * opens wait for it; once the client leaves, the work goes on to its end unheard. The stream ends with it.
 */
export async function streamEvents<E extends { type: string }>(
  reply: FastifyReply,
  start: (send: (event: E) => void) => Promise<{ ended: Promise<unknown> }>,
): Promise<void> {
  const early: E[] = [];
  let send = (event: E): void => void early.push(event);
  const { ended } = await start((event) => send(event));
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
  const write = (event: E): void => void out.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  for (const event of early) write(event);
  send = write;
  out.on('close', () => (send = () => undefined));
  await ended;
  out.end();
}
