import type { EventSink, GraphRunRecord, RunEvent } from '@blocksmith/engine';
import type { Redis } from 'ioredis';

/** Events published within this window travel as one message. */
const BATCH_MS = 5;

/** Who follows which runs (interest.ts); without one, every event is sent. */
export interface Watchers {
  watched(runId: string, graphId: string | undefined): boolean;
}

/** The announcement that a run's final records are committed (run-completions.ts). */
export interface EndedNotice {
  runId: string;
  record?: GraphRunRecord;
}

/** What travels on the events channel: events, and the runs whose final records were committed since the last message. */
interface RelayMessage {
  events: RunEvent[];
  ended?: EndedNotice[];
}

/**
 * Publishes run events to a Redis channel, batched, so every API server can
 * pass them to its WebSocket clients. Node events (statuses, outputs,
 * progress) go only for runs someone follows; a run's status and reviews
 * always go (servers count them, and a request may wait on a run's end).
 * A run's end notice sends the batch at once, with the events before it, so
 * a run that ends within the window costs one message. While Redis is
 * unreachable the client queues commands and sends them once it is back.
 */
export class RedisEventPublisher implements EventSink {
  private batch: RunEvent[] = [];
  /** End notices, already JSON (the record's size was measured on the way). */
  private ended: string[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly channel: string,
    private readonly watchers?: Watchers,
  ) {}

  publish(event: RunEvent): void {
    if (event.type.startsWith('node_run.') && !this.wantsOutputs(event.runId, event.graphId)) return;
    this.batch.push(event);
    this.timer ??= setTimeout(() => void this.send(), BATCH_MS);
  }

  /** Announces that the run's final records are committed (`notice` is an `EndedNotice` as JSON): sent now, after every event before it. */
  publishEnded(notice: string): void {
    this.ended.push(notice);
    clearTimeout(this.timer);
    void this.send();
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
    if (this.batch.length === 0 && this.ended.length === 0) return;
    const events = this.batch;
    const ended = this.ended;
    this.batch = [];
    this.ended = [];
    const message = `{"events":${JSON.stringify(events)}${ended.length ? `,"ended":[${ended.join(',')}]` : ''}}`;
    await this.redis.publish(this.channel, message).catch((error: unknown) => {
      process.stderr.write(`Could not publish ${events.length} run events and ${ended.length} run ends: ${String(error)}\n`);
    });
  }
}

/**
 * Feeds every event published on the channel, by any process, into `sink`,
 * and then each end notice of the message into `onEnded`.
 */
export async function subscribeEvents(subscriber: Redis, channel: string, sink: EventSink, onEnded: (notice: EndedNotice) => void): Promise<void> {
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const message = JSON.parse(text) as RelayMessage;
    for (const event of message.events) sink.publish(event);
    for (const notice of message.ended ?? []) onEnded(notice);
  });
  await subscriber.subscribe(channel);
}
