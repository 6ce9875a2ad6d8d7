/** Entries kept per cache; the oldest give way. */
const CAPACITY = 1000;

/** One kind of row, by key; see LookupCaches. */
export class LookupCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly owner: LookupCaches) {}

  /** The cached value, or what `load` reads (kept unless a write happened meanwhile). */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const generation = this.owner.generation;
    const value = await load();
    if (value !== undefined && this.owner.enabled && generation === this.owner.generation) {
      if (this.entries.size >= CAPACITY) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * How the processes sharing a PostgreSQL database tell each other that cached
 * rows changed (scale-out: a Redis channel).
 */
export interface LookupPeers {
  /** Tells the other processes; resolves once sent. */
  announce(): Promise<void>;
}

/** How long a write waits for its announcement to go out (Redis away) before it answers anyway; the others drop their caches when they reconnect. */
const ANNOUNCE_WAIT_MS = 1000;

/**
 * Rows every webhook call reads and users rarely change (which graph a token
 * starts, a graph's latest version, a person's budget), kept in memory. Any
 * write to such rows clears them all, and bumps a generation so that a read
 * which started before the write cannot put back what it made stale. With
 * SQLite this process is the database's only writer; with PostgreSQL the
 * caches are on only once the processes announce their writes to each other
 * (`share`), and a process clears its caches when another announces one.
 */
export class LookupCaches {
  generation = 0;
  private readonly caches: LookupCache<unknown>[] = [];
  private peers: LookupPeers | undefined;

  constructor(private readonly onlyWriter: boolean) {}

  get enabled(): boolean {
    return this.onlyWriter || this.peers !== undefined;
  }

  create<V>(): LookupCache<V> {
    const cache = new LookupCache<V>(this);
    this.caches.push(cache as LookupCache<unknown>);
    return cache;
  }

  /** Keeps rows from now on, announcing this process's writes to the others; `invalidate` is for theirs. */
  share(peers: LookupPeers): void {
    this.peers = peers;
  }

  /** Drops every cached row: they changed, or may have (another process wrote, or its announcements could not be heard). */
  invalidate(): void {
    this.generation++;
    for (const cache of this.caches) cache.clear();
  }

  /** Runs a write that may change cached rows; the caches are dropped once it is over, whether it succeeded or not, and the others told. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.invalidate();
      if (this.peers) {
        let timer: NodeJS.Timeout | undefined;
        const announced = this.peers.announce().catch(() => undefined);
        await Promise.race([announced, new Promise((resolve) => (timer = setTimeout(resolve, ANNOUNCE_WAIT_MS)))]);
        clearTimeout(timer);
      }
    }
  }
}
