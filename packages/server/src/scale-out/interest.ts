import type { Redis } from 'ioredis';
import type { InterestBoard } from '../events/event-hub.ts';

/** How long a server's interests outlive its last heartbeat (a server that died stops costing events after this). */
const INTEREST_TTL_MS = 30_000;

/** A change on the interest channel: a server watches or stops watching a key, or is gone. */
type InterestChange = { server: string; key: string; watched: boolean } | { server: string; gone: true };

function interestNames(prefix: string) {
  return {
    channel: `${prefix}:interest`,
    /** Live servers, scored by their last heartbeat. */
    servers: `${prefix}:interest-servers`,
    keys: (server: string) => `${prefix}:interest:${server}`,
  };
}

/**
 * An API server's side: the runs and graphs its clients follow, kept in Redis
 * (a set per server, renewed by a heartbeat) and announced on a channel, so
 * the workers publish node events only for those.
 */
export class InterestAnnouncer implements InterestBoard {
  private readonly names: ReturnType<typeof interestNames>;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly server: string,
    private readonly log: (message: string) => void,
  ) {
    this.names = interestNames(prefix);
    this.heartbeat = setInterval(() => void this.beat().catch((error: unknown) => log(`interest heartbeat failed: ${String(error)}`)), INTEREST_TTL_MS / 3);
    this.heartbeat.unref();
  }

  async beat(): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .zadd(this.names.servers, now, this.server)
      .zremrangebyscore(this.names.servers, '-inf', now - INTEREST_TTL_MS)
      .pexpire(this.names.keys(this.server), INTEREST_TTL_MS)
      .exec();
  }

  /** Resolves once Redis has passed the change to every worker's connection. */
  async watch(key: string): Promise<void> {
    await this.change(key, true);
  }

  unwatch(key: string): void {
    void this.change(key, false).catch((error: unknown) => this.log(`could not stop watching ${key}: ${String(error)}`));
  }

  private async change(key: string, watched: boolean): Promise<void> {
    const keys = this.names.keys(this.server);
    const message: InterestChange = { server: this.server, key, watched };
    await (watched ? this.redis.multi().sadd(keys, key).pexpire(keys, INTEREST_TTL_MS) : this.redis.multi().srem(keys, key))
      .publish(this.names.channel, JSON.stringify(message))
      .exec();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    const gone: InterestChange = { server: this.server, gone: true };
    await this.redis.multi().del(this.names.keys(this.server)).zrem(this.names.servers, this.server).publish(this.names.channel, JSON.stringify(gone)).exec();
  }
}

/**
 * A worker's copy of what every API server watches: loaded from Redis, kept
 * current from the channel, and loaded again every few seconds so a lost
 * message or a dead server costs no more than that.
 */
export class InterestMirror {
  /** Key → the servers watching it. */
  private watching = new Map<string, Set<string>>();
  /** Changes that came while a load was on its way: applied again on top of it. */
  private duringLoad: InterestChange[] | undefined;
  private readonly names: ReturnType<typeof interestNames>;
  private readonly refresh: NodeJS.Timeout;

  private constructor(
    private readonly redis: Redis,
    prefix: string,
    log: (message: string) => void,
  ) {
    this.names = interestNames(prefix);
    this.refresh = setInterval(
      () => void this.load().catch((error: unknown) => log(`could not load what servers watch: ${String(error)}`)),
      INTEREST_TTL_MS / 6,
    );
    this.refresh.unref();
  }

  static async open(redis: Redis, subscriber: Redis, prefix: string, log: (message: string) => void): Promise<InterestMirror> {
    const mirror = new InterestMirror(redis, prefix, log);
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === mirror.names.channel) mirror.apply(JSON.parse(message) as InterestChange);
    });
    await subscriber.subscribe(mirror.names.channel);
    await mirror.load();
    return mirror;
  }

  /** Whether any server has a client following this run, or runs of this graph. */
  watched(runId: string, graphId: string | undefined): boolean {
    return this.watching.has(`run:${runId}`) || (graphId !== undefined && this.watching.has(`graph:${graphId}`));
  }

  private apply(change: InterestChange): void {
    this.duringLoad?.push(change);
    if ('gone' in change) {
      for (const [key, servers] of this.watching) if (servers.delete(change.server) && servers.size === 0) this.watching.delete(key);
      return;
    }
    const servers = this.watching.get(change.key);
    if (change.watched) {
      if (servers) servers.add(change.server);
      else this.watching.set(change.key, new Set([change.server]));
    } else if (servers?.delete(change.server) && servers.size === 0) this.watching.delete(change.key);
  }

  private async load(): Promise<void> {
    this.duringLoad = [];
    try {
      const servers = await this.redis.zrangebyscore(this.names.servers, Date.now() - INTEREST_TTL_MS, '+inf');
      const pipeline = this.redis.pipeline();
      for (const server of servers) pipeline.smembers(this.names.keys(server));
      const sets = servers.length === 0 ? [] : ((await pipeline.exec()) ?? []);
      const loaded = new Map<string, Set<string>>();
      sets.forEach(([, keys], i) => {
        for (const key of (keys as string[] | null) ?? []) loaded.set(key, (loaded.get(key) ?? new Set()).add(servers[i]!));
      });
      const since = this.duringLoad;
      this.duringLoad = undefined;
      this.watching = loaded;
      for (const change of since) this.apply(change);
    } finally {
      this.duringLoad = undefined;
    }
  }

  close(): void {
    clearInterval(this.refresh);
  }
}
