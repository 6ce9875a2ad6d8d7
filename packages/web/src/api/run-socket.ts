import { currentWorkspace } from './current-workspace.ts';
import type { RunDetail, RunEvent } from './types.ts';

export type SocketMessage =
  | ({ type: 'snapshot' } & RunDetail)
  | { type: 'events'; events: RunEvent[] }
  | { type: 'error'; message: string }
  | { type: 'subscribed' | 'unsubscribed' | 'pong'; runId?: string; graphId?: string; reviews?: true; runs?: true };

/** What a socket listens to: a run's events, every run of a graph, or the reviews and runs of a workspace (none named: the personal one). */
type Topic = { runId: string } | { graphId: string } | { reviews: true; workspaceId?: string } | { runs: true; workspaceId?: string };

const inWorkspace = (): { workspaceId?: string } => {
  const workspaceId = currentWorkspace();
  return workspaceId ? { workspaceId } : {};
};

/**
 * The live connection: subscribes to runs (or the user's reviews), reconnects
 * with exponential backoff, and re-subscribes after a reconnect — the
 * snapshot it then gets brings the view back to the truth.
 */
export class RunSocket {
  private socket: WebSocket | undefined;
  private readonly topics = new Map<string, Topic>();
  private attempt = 0;
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onMessage: (message: SocketMessage) => void) {
    this.connect();
  }

  /**
   * Follows one run: its snapshot, then its events. The run followed before is left — a connection may
   * hold only so many subscriptions — and following a run again reads its snapshot again (the server
   * sends one only to a new subscription).
   */
  follow(runId: string): void {
    for (const [key, topic] of this.topics) {
      if (!('runId' in topic)) continue;
      this.topics.delete(key);
      this.send({ type: 'unsubscribe', ...topic });
    }
    this.listen({ runId });
  }

  /** The events of every run of a graph, whoever or whatever started it. */
  watchGraph(graphId: string): void {
    this.listen({ graphId });
  }

  /** The status of every run of the workspace worked in (`graph_run.status`). */
  watchRuns(): void {
    this.listen({ runs: true, ...inWorkspace() });
  }

  /** `review.pending` events of the runs of the workspace worked in. */
  watchReviews(): void {
    this.listen({ reviews: true, ...inWorkspace() });
  }

  private listen(topic: Topic): void {
    this.topics.set(JSON.stringify(topic), topic);
    this.send({ type: 'subscribe', ...topic });
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
  }

  private connect(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      for (const topic of this.topics.values()) this.send({ type: 'subscribe', ...topic });
    };
    socket.onmessage = (event) => this.onMessage(JSON.parse(String(event.data)) as SocketMessage);
    socket.onclose = () => {
      if (this.closed) return;
      const delay = Math.min(10_000, 250 * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
      this.timer = setTimeout(() => this.connect(), delay);
    };
  }

  private send(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}
