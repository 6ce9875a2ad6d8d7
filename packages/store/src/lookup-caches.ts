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
 * Rows every webhook call reads and users rarely change (which graph a token
 * starts, a graph's latest version), kept in memory when this process is the
 * database's only writer — SQLite, where the file belongs to one server. Any
 * write to such rows clears them all, and bumps a generation so that a read
 * which started before the write cannot put back what it made stale.
 * With PostgreSQL other servers write too, so nothing is kept.
 */
export class LookupCaches {
  generation = 0;
  private readonly caches: LookupCache<unknown>[] = [];

  constructor(readonly enabled: boolean) {}

  create<V>(): LookupCache<V> {
    const cache = new LookupCache<V>(this);
    this.caches.push(cache as LookupCache<unknown>);
    return cache;
  }

  /** Runs a write that may change cached rows; the caches are dropped once it is over, whether it succeeded or not. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.generation++;
      for (const cache of this.caches) cache.clear();
    }
  }
}
