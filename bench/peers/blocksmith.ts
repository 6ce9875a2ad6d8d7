import { ApiClient, startServerProcess, startWorkerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase } from '@blocksmith/store/testing';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { elapsedMs } from './processes.ts';
import { chainGraph, fanoutGraph, webhookGraph } from '../workloads.ts';
import { W4_ITEMS, type EngineUnderTest, type RunCosts, type Workload } from './engine-under-test.ts';
import { Redis } from 'ioredis';
import pg from 'pg';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const GRAPHS: Record<Workload, unknown> = { W1: chainGraph(100), W2: fanoutGraph(1000), W3: webhookGraph(5), W4: fanoutGraph(W4_ITEMS) };

type Outputs = { outputs: Record<string, unknown[]> };

/** As `npm start` runs it: the compiled JavaScript (the bench:peers script builds it first). */
const COMPILED = { compiled: true };

/**
 * Blocksmith as a user deploys it, every run persisted: embedded (one process,
 * SQLite) or scale-out (one API server and two workers on PostgreSQL and Redis).
 * Each workload is a saved graph behind a webhook that answers with the outputs.
 */
export async function startBlocksmith(mode: 'embedded' | 'scale-out'): Promise<EngineUnderTest> {
  const database = await createTestDatabase(mode === 'embedded' ? 'sqlite' : 'postgres');
  // The benchmark is the only client: lift the per-address webhook limit that protects a real deployment.
  // W4 makes 1 000 002 node runs, just over the default limit: raised as an operator would for such work.
  const common = {
    BLOCKSMITH_DATA_DIR: database.options.dataDir,
    BLOCKSMITH_LOG_LEVEL: 'error',
    BLOCKSMITH_WEBHOOK_RATE: '10000000',
    BLOCKSMITH_MAX_NODE_RUNS: '2000000',
  };
  const processes: ServerProcess[] = [];
  let costs: (RunCosts & { close(): Promise<void> }) | undefined;
  const spawned = process.hrtime.bigint();
  if (mode === 'embedded') {
    processes.push(await startServerProcess(common, 'start', COMPILED));
  } else {
    const env = {
      ...common,
      DATABASE_URL: database.options.databaseUrl!,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      BLOCKSMITH_REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
      BLOCKSMITH_SECRET_KEY: randomBytes(32).toString('base64'),
    };
    costs = await sharedServiceCosts(database.options.databaseUrl!, env.REDIS_URL);
    processes.push(await startServerProcess(env, 'server', COMPILED));
    processes.push(
      await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: 'bench-1' }, COMPILED),
      await startWorkerProcess({ ...env, BLOCKSMITH_WORKER_ID: 'bench-2' }, COMPILED),
    );
  }
  const readyMs = elapsedMs(spawned);
  const server = processes[0]!;
  const client = new ApiClient(server.url);
  await client.post('/api/auth/setup', { email: 'bench@x.test', password: 'password-a' });
  const urls = {} as Record<Workload, string>;
  for (const workload of ['W1', 'W2', 'W3', 'W4'] as const) {
    const { body: graph } = await client.post('/api/graphs', GRAPHS[workload]);
    const { body: hook } = await client.post(`/api/graphs/${graph.id}/webhooks`, {});
    urls[workload] = `${server.url}${hook.path}?wait=true${workload === 'W4' ? '&timeout_ms=300000' : ''}`;
  }
  return {
    name: mode === 'embedded' ? 'blocksmith (embedded, SQLite)' : 'blocksmith (1 server + 2 workers, PostgreSQL + Redis)',
    version: VERSION,
    persisted: true,
    readyMs,
    urls,
    summarize: (workload, answer) => {
      const { outputs } = answer as Outputs;
      return workload === 'W1' ? Number(outputs.result![0]) : workload === 'W2' || workload === 'W4' ? outputs.results!.length : Number(outputs.y![0]);
    },
    pids: () => processes.map((p) => p.child.pid!),
    ...(costs ? { costs } : {}),
    stop: async () => {
      await costs?.close();
      await Promise.all(processes.map((p) => p.stop()));
      await database.drop();
    },
  };
}

/** Counters of the scale-out deployment's own PostgreSQL database and of Redis (the bench's deployment is its only user). */
async function sharedServiceCosts(databaseUrl: string, redisUrl: string): Promise<RunCosts & { close(): Promise<void> }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const redis = new Redis(redisUrl);
  return {
    counters: async () => {
      const { rows } = await db.query<{ x: string }>('select xact_commit + xact_rollback as x from pg_stat_database where datname = current_database()');
      const info = await redis.info('stats');
      // This connection's own statement and command are not the deployment's.
      return { pgTransactions: Number(rows[0]!.x) - 1, redisCommands: Number(/total_commands_processed:(\d+)/.exec(info)![1]) - 1 };
    },
    claimP50Ms: async (runs) => {
      const { rows } = await db.query<{ ms: number }>(
        'select percentile_cont(0.5) within group (order by started_at - created_at) as ms from (select * from graph_runs order by created_at desc limit $1) r',
        [runs],
      );
      return Number(rows[0]!.ms);
    },
    close: async () => {
      await db.end();
      redis.disconnect();
    },
  };
}
