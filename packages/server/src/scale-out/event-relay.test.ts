import type { RunEvent } from '@blocksmith/engine';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisEventPublisher } from './event-relay.ts';

/** The part of a Redis client the publisher uses, keeping what it was asked to publish. */
function publishedTo() {
  const messages: { channel: string; message: string }[] = [];
  const redis = { publish: async (channel: string, message: string) => (messages.push({ channel, message }), 1) } as unknown as Redis;
  return { redis, messages };
}

const status = (runId: string, status: 'RUNNING' | 'COMPLETED'): RunEvent => ({ type: 'graph_run.status', runId, graphId: 'g', status, at: 1 }) as RunEvent;

describe('RedisEventPublisher', () => {
  it('sends a run end at once, in one message with the events published before it, after them', async () => {
    const { redis, messages } = publishedTo();
    const relay = new RedisEventPublisher(redis, 'events');
    relay.publish(status('r1', 'RUNNING'));
    relay.publish(status('r1', 'COMPLETED'));
    relay.publishEnded(JSON.stringify({ runId: 'r1' }));
    await relay.flush();
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]!.message)).toEqual({ events: [status('r1', 'RUNNING'), status('r1', 'COMPLETED')], ended: [{ runId: 'r1' }] });
  });

  it('leaves out node events of runs nobody follows, never a run status', async () => {
    const { redis, messages } = publishedTo();
    const relay = new RedisEventPublisher(redis, 'events', { watched: (runId) => runId === 'followed' });
    for (const runId of ['followed', 'unfollowed']) {
      relay.publish({ type: 'node_run.status', runId, graphId: 'g', nodeRunId: `${runId}-n`, nodeId: 'n', blockId: 'b', status: 'RUNNING', at: 1 } as RunEvent);
      relay.publish(status(runId, 'RUNNING'));
    }
    await relay.flush();
    const { events } = JSON.parse(messages[0]!.message) as { events: RunEvent[] };
    expect(events.map((event) => `${event.type} ${event.runId}`)).toEqual([
      'node_run.status followed',
      'graph_run.status followed',
      'graph_run.status unfollowed',
    ]);
  });
});
