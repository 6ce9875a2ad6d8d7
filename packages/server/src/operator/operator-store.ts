import { Store } from '@blocksmith/store';
import type { ServerConfig } from '../platform/config.ts';
import { lockDataFolder } from '../platform/data-folder-lock.ts';

/**
 * Runs an operator's command that changes the database. On SQLite it takes
 * the data folder as a server would: the embedded server is its database's
 * only writer and keeps what it reads in memory, so a change made beside a
 * running one would not reach it — the command is refused until the server
 * is stopped. (A PostgreSQL deployment's servers cannot be seen from here:
 * docs/operations.md says which commands want them stopped.)
 */
export async function withDataFolder<T>(config: ServerConfig, command: string, task: () => Promise<T>): Promise<T> {
  if (config.databaseUrl) return task();
  let lock: { release(): void };
  try {
    lock = lockDataFolder(config.dataDir);
  } catch (error) {
    throw new Error(`blocksmith ${command} changes the database, so the server using it must be stopped first. ${(error as Error).message}`, { cause: error });
  }
  try {
    return await task();
  } finally {
    lock.release();
  }
}

/**
 * Opens the deployment's database for an operator's command; one that
 * `changes` it holds the data folder meanwhile (withDataFolder), and in
 * scale-out tells the running servers and workers, which keep agents and
 * webhook targets in memory, to read them again.
 */
export async function withOperatorStore<T>(config: ServerConfig, command: string, changes: boolean, use: (store: Store) => Promise<T>): Promise<T> {
  const opened = async () => {
    const store = await Store.open({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  };
  if (!changes) return opened();
  const result = await withDataFolder(config, command, opened);
  if (config.databaseUrl && config.redisUrl) await tellDeployment(config.redisUrl, config.redisPrefix, command);
  return result;
}

/** How long telling the deployment may take before the command gives up on it (Redis away). */
const TELL_MS = 5000;

async function tellDeployment(redisUrl: string, prefix: string, command: string): Promise<void> {
  const { connectRedis } = await import('../scale-out/redis.ts');
  const { announceLookupChange } = await import('../scale-out/shared-lookups.ts');
  const redis = connectRedis(redisUrl, `blocksmith-${command}`);
  let timer: NodeJS.Timeout | undefined;
  try {
    const told = await Promise.race([
      announceLookupChange(redis, prefix, `blocksmith ${command}`).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TELL_MS))),
    ]);
    if (!told)
      throw new Error(
        `blocksmith ${command} changed the database, but could not reach Redis (REDIS_URL) within ${TELL_MS / 1000} s to tell the running servers and workers: restart them so they read the changes.`,
      );
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}
