import type { Redis } from 'ioredis';

/**
 * Tells every API server that what some people may reach has changed (a member removed, a role changed, a
 * workspace deleted), so each closes those people's WebSocket connections: their clients connect again and
 * every subscription is checked anew. New requests need no signal — each is checked as it comes.
 */
export interface AccessSignal {
  changed(userIds: string[]): Promise<void>;
  listen(listener: (userId: string) => void): void;
}

/** One process: the embedded server. */
export class LocalAccessSignal implements AccessSignal {
  private readonly listeners = new Set<(userId: string) => void>();

  async changed(userIds: string[]): Promise<void> {
    for (const userId of userIds) for (const listener of this.listeners) listener(userId);
  }

  listen(listener: (userId: string) => void): void {
    this.listeners.add(listener);
  }
}

/** Every API server of a scale-out set, over a Redis channel; each passes what it hears to its own listeners. */
export class RedisAccessSignal implements AccessSignal {
  private readonly local = new LocalAccessSignal();

  private constructor(
    private readonly redis: Redis,
    private readonly channel: string,
  ) {}

  static async open(redis: Redis, subscriber: Redis, channel: string): Promise<RedisAccessSignal> {
    const signal = new RedisAccessSignal(redis, channel);
    subscriber.on('message', (from: string, message: string) => {
      if (from === channel) void signal.local.changed(JSON.parse(message) as string[]);
    });
    await subscriber.subscribe(channel);
    return signal;
  }

  async changed(userIds: string[]): Promise<void> {
    if (userIds.length) await this.redis.publish(this.channel, JSON.stringify(userIds));
  }

  listen(listener: (userId: string) => void): void {
    this.local.listen(listener);
  }
}
