import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { keepAlive } from './socket-heartbeat.ts';

describe('keepAlive', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a socket that answers pings and closes one that leaves a ping unanswered (time on a fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const accepted = new Map<string, WebSocket>();
    const both = new Promise<void>((resolve) =>
      server.on('connection', (socket, request) => {
        keepAlive(socket, 1000);
        accepted.set(request.url!, socket);
        if (accepted.size === 2) resolve();
      }),
    );
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answering = new WebSocket(`${url}/answering`);
    // A client gone without closing: it no longer answers.
    const gone = new WebSocket(`${url}/gone`, { autoPong: false });
    await both;

    const pinged = [once(accepted.get('/answering')!, 'pong'), once(gone, 'ping')];
    vi.advanceTimersByTime(1000);
    await Promise.all(pinged);
    const closed = once(gone, 'close');
    vi.advanceTimersByTime(1000);
    await closed;
    expect(answering.readyState).toBe(WebSocket.OPEN);

    answering.close();
    await once(answering, 'close');
    server.close();
  });
});
