/**
 * npm run bench:peers — W1 chain-100, W2 fanout-1000 and W3 webhook
 * (DESIGN.md §5) in Blocksmith (embedded and scale-out), Node-RED and n8n,
 * all started on 127.0.0.1. Every workload is an HTTP request that runs the
 * workflow and answers with its result. The engines take turns in several
 * rounds (in a different order each round), so a machine whose speed drifts
 * favours none of them, and the engines not being measured are paused, so
 * none takes CPU from another. One JSON line per engine and workload, then
 * the ratios against Blocksmith embedded.
 */
import { freePort } from '@blocksmith/server/testing';
import { startBlocksmith } from './blocksmith.ts';
import { BODIES, EXPECTED, W4_ITEMS, type EngineUnderTest, type LoadedWorkload, type Workload } from './engine-under-test.ts';
import { measure, median, rssMb, setPaused, type Load, type Measured } from './measure.ts';
import { startN8n } from './n8n.ts';
import { startNodeRed } from './node-red.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 12);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** W1 and W2 one run at a time (each run's own speed); W3 under concurrent load. */
const CONNECTIONS: Record<LoadedWorkload, number> = { W1: 1, W2: 1, W3: 10 };
const WORKLOADS = ['W1', 'W2', 'W3'] as const;

/** W1 runs measured one at a time for what each costs the shared services (scale-out: PostgreSQL and Redis). */
const COST_RUNS = 200;

/**
 * PostgreSQL counts a connection's transactions in its statistics at most once a second, and an idle
 * connection's within 10 s: the counters are read after that long without work on either side.
 */
const STATISTICS_SETTLE_MS = 11_000;

const ENGINES: [string, (port: number) => Promise<EngineUnderTest>][] = [
  ['blocksmith-embedded', () => startBlocksmith('embedded')],
  ['blocksmith-scale-out', () => startBlocksmith('scale-out')],
  ['node-red', startNodeRed],
  ['n8n', startN8n],
];

const only = process.argv.slice(2);
const started: [string, EngineUnderTest][] = [];
try {
  for (const [key, start] of ENGINES.filter(([key]) => only.length === 0 || only.includes(key))) {
    const engine = await start(await freePort());
    started.push([key, engine]);
    // Idle: a second after it answered, before any workload (each has its workloads set up by then).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    console.log(JSON.stringify({ ...rowOf(key, engine, 'start'), ready_ms: engine.readyMs, idle_rss_mb: rssMb(engine.pids()) }));
    for (const workload of WORKLOADS) {
      await verify(engine, workload);
      // Warm up (JIT, caches) for a second, unmeasured, as every engine would be in service.
      await measure(engine.urls[workload], BODIES[workload], { connections: CONNECTIONS[workload], durationS: 1 });
    }
    await pause(engine);
  }
  const rounds = new Map<string, Measured[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const workload of WORKLOADS) {
      const load: Load = { connections: CONNECTIONS[workload], durationS: DURATION_S / ROUNDS };
      for (let i = 0; i < started.length; i++) {
        const [key, engine] = started[(i + round) % started.length]!;
        setPaused(engine.pids(), false);
        const measured = await measure(engine.urls[workload], BODIES[workload], load);
        await pause(engine);
        rounds.set(`${key} ${workload}`, [...(rounds.get(`${key} ${workload}`) ?? []), measured]);
      }
    }
  }
  const rows = started.flatMap(([key, engine]) =>
    WORKLOADS.map((workload) => {
      const measured = rounds.get(`${key} ${workload}`)!;
      const requests = measured.reduce((sum, m) => sum + m.requests, 0);
      const row = {
        ...rowOf(key, engine, workload),
        connections: CONNECTIONS[workload],
        rounds: ROUNDS,
        requests,
        per_s: Number((requests / DURATION_S).toFixed(1)),
        per_s_by_round: measured.map((m) => m.per_s),
        latency_p50_ms: median(measured.map((m) => m.latency_p50_ms)),
        latency_p99_ms: median(measured.map((m) => m.latency_p99_ms)),
        peak_rss_mb: rssMb(engine.pids(), 'peak'),
      };
      console.log(JSON.stringify(row));
      return row;
    }),
  );
  const large = await measureLarge(started);
  await measureCosts(started);
  for (const row of [...rows, ...large]) {
    const ours = [...rows, ...large].find((r) => r.engine === 'blocksmith-embedded' && r.workload === row.workload);
    if (!ours || row === ours) continue;
    console.log(
      JSON.stringify({
        bench: 'peers',
        ratio: `blocksmith-embedded / ${row.engine}`,
        workload: row.workload,
        throughput: Number((ours.per_s / row.per_s).toFixed(2)),
      }),
    );
  }
} finally {
  for (const [, engine] of started) setPaused(engine.pids(), false);
  await Promise.all(started.map(([, engine]) => engine.stop()));
}

/**
 * W4 fanout-250000 (a million node runs in Blocksmith): one run per engine that can do it, alone on the
 * machine, timed from request to answer; memory is the peak of the engine's processes over the run,
 * sampled every 50 ms, above what they held just before it (so W1–W3 before it do not count).
 */
async function measureLarge(engines: [string, EngineUnderTest][]) {
  const rows = [];
  for (const [key, engine] of engines) {
    if (!engine.urls.W4 || process.env.BENCH_W4 === '0') continue;
    setPaused(engine.pids(), false);
    const idle = rssMb(engine.pids());
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(engine.pids()))), 50);
    const started = process.hrtime.bigint();
    try {
      await verify(engine, 'W4');
    } finally {
      clearInterval(sampler);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await pause(engine);
    const row = {
      ...rowOf(key, engine, 'W4'),
      items: W4_ITEMS,
      seconds: Number(seconds.toFixed(2)),
      per_s: Number((1 / seconds).toFixed(4)),
      items_per_s: Math.round(W4_ITEMS / seconds),
      rss_before_mb: idle,
      rss_peak_mb: peak,
      rss_above_idle_mb: peak - idle,
    };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  return rows;
}

async function measureCosts(engines: [string, EngineUnderTest][]) {
  for (const [key, engine] of engines) {
    if (!engine.costs) continue;
    setPaused(engine.pids(), false);
    await new Promise((resolve) => setTimeout(resolve, STATISTICS_SETTLE_MS));
    const before = await engine.costs.counters();
    for (let i = 0; i < COST_RUNS; i++) await verify(engine, 'W1');
    // Redis counts at once: read right after the runs, so idle work (leases, heartbeats) hardly counts.
    const { redisCommands } = await engine.costs.counters();
    await new Promise((resolve) => setTimeout(resolve, STATISTICS_SETTLE_MS));
    const { pgTransactions } = await engine.costs.counters();
    console.log(
      JSON.stringify({
        ...rowOf(key, engine, 'W1'),
        costs: true,
        runs: COST_RUNS,
        claim_p50_ms: await engine.costs.claimP50Ms(COST_RUNS),
        // Including the scheduler's look at due schedules, once a second over the runs and the wait after them.
        pg_transactions_per_run: Number(((pgTransactions - before.pgTransactions) / COST_RUNS).toFixed(2)),
        redis_commands_per_run: Number(((redisCommands - before.redisCommands) / COST_RUNS).toFixed(2)),
      }),
    );
    await pause(engine);
  }
}

/** What every line says of its engine and workload. */
function rowOf(key: string, engine: EngineUnderTest, workload: Workload | 'start') {
  return { bench: 'peers', engine: key, name: engine.name, version: engine.version, persisted: engine.persisted, workload };
}

/** Pauses an engine once the requests the load generator left behind have been answered. */
async function pause(engine: EngineUnderTest): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  setPaused(engine.pids(), true);
}

/** Refuses to measure an engine whose workflow computes the wrong thing. */
async function verify(engine: EngineUnderTest, workload: Workload): Promise<void> {
  const response = await fetch(engine.urls[workload]!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BODIES[workload]),
  });
  const answer: unknown = await response.json();
  const got = engine.summarize(workload, answer);
  if (!response.ok || got !== EXPECTED[workload]) {
    throw new Error(
      `${engine.name} ${workload} answered ${response.status} ${JSON.stringify(answer).slice(0, 300)}: expected ${EXPECTED[workload]}, got ${got}`,
    );
  }
}
