import type { EventSink, RunEvent } from '@blocksmith/engine';
import type { Redis } from 'ioredis';

/** Events published within this window travel as one message. */
const BATCH_MS = 5;

/** Who follows which runs (interest.ts); without one, every event is sent. */
export interface Watchers {
  watched(runId: string, graphId: string | undefined): boolean;
}

/**
 * Publishes run events to a Redis channel, batched, so every API server can
 * pass them to its WebSocket clients. Node events (statuses, outputs,
 * progress) go only for runs someone follows; a run's status and reviews
 * always go (servers count them, and a request may wait on a run's end).
 * While Redis is unreachable the client queues commands and sends them once
 * it is back.
 */
export class RedisEventPublisher implements EventSink {
  private batch: RunEvent[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly channel: string,
    private readonly watchers?: Watchers,
  ) {}

  publish(event: RunEvent): void {
    if (event.type.startsWith('node_run.') && !this.wantsOutputs(event.runId, event.graphId)) return;
    this.batch.push(event);
    this.timer ??= setTimeout(() => this.send(), BATCH_MS);
  }

  wantsOutputs(runId: string, graphId: string | undefined): boolean {
    return this.watchers?.watched(runId, graphId) ?? true;
  }

  /** Sends what is batched now (before a worker exits). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    await this.send();
  }

  private async send(): Promise<void> {
    this.timer = undefined;
    if (this.batch.length === 0) return;
    const events = this.batch;
    this.batch = [];
    await this.redis.publish(this.channel, JSON.stringify(events)).catch((error: unknown) => {
      process.stderr.write(`Could not publish ${events.length} run events: ${String(error)}\n`);
    });
  }
}

/** Feeds every event published on the channel, by any process, into `sink`. */
export async function subscribeEvents(subscriber: Redis, channel: string, sink: EventSink): Promise<void> {
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    for (const event of JSON.parse(message) as RunEvent[]) sink.publish(event);
  });
  await subscriber.subscribe(channel);
}
