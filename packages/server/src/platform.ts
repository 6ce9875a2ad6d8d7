import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import type { ServerConfig } from './config.ts';
import { EventHub } from './events/event-hub.ts';
import { Metrics } from './metrics.ts';
import { RunManager } from './runs/run-manager.ts';
import type { RunService } from './runs/run-service.ts';
import { CredentialsVault } from './vault/credentials-vault.ts';
import { loadSecretKey } from './vault/secret-key.ts';

/** Everything the HTTP layer works with, wired once per process. */
export interface Platform {
  config: ServerConfig;
  store: Store;
  registry: BlockRegistry;
  engine: Engine;
  hub: EventHub;
  runs: RunService;
  metrics: Metrics;
  vault: CredentialsVault;
  close(): Promise<void>;
}

export async function createPlatform(config: ServerConfig): Promise<Platform> {
  const store = await Store.open({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
  const vault = new CredentialsVault(store, loadSecretKey(config.secretKey, config.dataDir));
  const registry = new BlockRegistry(standardBlocks);
  const hub = new EventHub();
  const metrics = new Metrics();
  hub.listen((event) => metrics.observe(event));
  const engine = new Engine({
    registry,
    graphStore: store.graphs,
    files: store.files,
    credentials: vault,
    runStore: store.runStore,
    events: hub,
    settings: { allowPrivateNetwork: config.allowPrivateNetwork },
    maxConcurrency: config.maxConcurrency,
  });
  const runs = new RunManager(engine, store);
  await runs.resumeInterrupted();
  // Expired sessions are useless rows; drop them now and every hour.
  await store.sessions.deleteExpired();
  const sweep = setInterval(() => void store.sessions.deleteExpired().catch(() => undefined), 3_600_000);
  sweep.unref();
  return {
    config,
    store,
    registry,
    engine,
    hub,
    runs,
    metrics,
    vault,
    // Runs still executing stay RUNNING in the database; the next start resumes them.
    close: () => {
      clearInterval(sweep);
      return store.close();
    },
  };
}
