import type { Redis } from 'ioredis';

/** A request to the worker that executes a run: stop it, or wake its node run waiting on a review just decided. */
export type ControlMessage = { type: 'stop'; runId: string; reason: string } | { type: 'review'; reviewId: string };

/** Sends requests to whichever worker runs a run; every worker hears every request. */
export function sendControl(redis: Redis, channel: string, message: ControlMessage): Promise<number> {
  return redis.publish(channel, JSON.stringify(message));
}

export async function onControl(subscriber: Redis, channel: string, handle: (message: ControlMessage) => void): Promise<void> {
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) handle(JSON.parse(message) as ControlMessage);
  });
  await subscriber.subscribe(channel);
}
