import type { RunEvent } from '@blocksmith/engine';
import type { WebSocket } from 'ws';
import type { Subscriber } from './event-hub.ts';

/** Close codes a client can act on. */
export const CLOSE = {
  unauthenticated: 4401,
  forbiddenOrigin: 4403,
  tooManySockets: 4429,
  tooManyMessages: 4430,
  tooSlow: 4008,
  accessChanged: 4409,
} as const;

export interface SocketLimits {
  /** Events waiting to be sent before the client counts as too slow. */
  maxQueuedEvents: number;
  /** Bytes the socket may have buffered unsent before the client counts as too slow. */
  maxBufferedBytes: number;
  /** How long events gather before they go out as one message. */
  batchWindowMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = { maxQueuedEvents: 5000, maxBufferedBytes: 4 * 1024 * 1024, batchWindowMs: 10 };

/**
 * One WebSocket as a subscriber: events are batched in short windows; a
 * client that cannot keep up is disconnected (CLOSE.tooSlow) rather than
 * letting its queue grow without bound.
 */
export class SocketSession implements Subscriber {
  private queue: RunEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private holds = 0;
  private closed = false;
  ownRunsOnly?: (workspaceId: string) => boolean;

  constructor(
    readonly userId: string,
    private readonly socket: WebSocket,
    private readonly limits: SocketLimits = DEFAULT_SOCKET_LIMITS,
  ) {}

  deliver(event: RunEvent): void {
    if (this.closed) return;
    if (this.queue.length >= this.limits.maxQueuedEvents || this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tooSlow, 'Events were not read fast enough; reconnect and fetch the current state.');
      return;
    }
    this.queue.push(event);
    this.timer ??= setTimeout(() => this.flush(), this.limits.batchWindowMs);
  }

  send(message: Record<string, unknown>): void {
    if (!this.closed && this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** Holds batches back while a snapshot is prepared, so the snapshot arrives before newer events. */
  async holding<T>(work: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await work();
    } finally {
      this.holds--;
      if (this.holds === 0 && this.queue.length > 0) this.timer ??= setTimeout(() => this.flush(), 0);
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    this.socket.close(code, reason);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }

  private flush(): void {
    this.timer = undefined;
    if (this.holds > 0 || this.queue.length === 0) return;
    const events = this.queue;
    this.queue = [];
    this.send({ type: 'events', events });
  }
}
