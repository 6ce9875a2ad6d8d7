import type { WebSocket } from 'ws';

/**
 * Pings the socket every `intervalMs` and closes it when the last ping went
 * unanswered: a client that vanished without closing (a laptop lid, a dropped
 * network) leaves a half-open connection that would hold its subscriptions
 * and its slot of BLOCKSMITH_SOCKETS_PER_USER forever.
 */
export function keepAlive(socket: WebSocket, intervalMs: number): void {
  let answered = true;
  socket.on('pong', () => (answered = true));
  const timer = setInterval(() => {
    if (!answered) {
      socket.terminate();
      return;
    }
    answered = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  socket.on('close', () => clearInterval(timer));
}
