/**
 * npm run bench:peers — W1 chain-100, W2 fanout-1000 and W3 webhook
 * (DESIGN.md §5) in Blocksmith (embedded and scale-out), Node-RED and n8n,
 * each started on 127.0.0.1 in turn. Every workload is an HTTP request that
 * runs the workflow and answers with its result. One JSON line per engine and
 * workload, then the ratios against Blocksmith embedded.
 */
import { freePort } from '@blocksmith/server/testing';
import { startBlocksmith } from './blocksmith.ts';
import { BODIES, EXPECTED, type EngineUnderTest, type Workload } from './engine-under-test.ts';
import { measure, peakRssMb, type Load } from './measure.ts';
import { startN8n } from './n8n.ts';
import { startNodeRed } from './node-red.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/** W1 and W2 one run at a time (each run's own speed); W3 under concurrent load. */
const LOADS: Record<Workload, Load> = {
  W1: { connections: 1, durationS: DURATION_S },
  W2: { connections: 1, durationS: DURATION_S },
  W3: { connections: 10, durationS: DURATION_S },
};

const ENGINES: [string, (port: number) => Promise<EngineUnderTest>][] = [
  ['blocksmith-embedded', () => startBlocksmith('embedded')],
  ['blocksmith-scale-out', () => startBlocksmith('scale-out')],
  ['node-red', startNodeRed],
  ['n8n', startN8n],
];

const only = process.argv.slice(2);
const rows: Record<string, unknown>[] = [];
for (const [key, start] of ENGINES.filter(([key]) => only.length === 0 || only.includes(key))) {
  const engine = await start(await freePort());
  try {
    for (const workload of ['W1', 'W2', 'W3'] as const) {
      await verify(engine, workload);
      const result = await measure(engine.urls[workload], BODIES[workload], LOADS[workload]);
      const row = {
        bench: 'peers',
        engine: key,
        name: engine.name,
        version: engine.version,
        persisted: engine.persisted,
        workload,
        connections: LOADS[workload].connections,
        ...result,
        peak_rss_mb: peakRssMb(engine.pids()),
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await engine.stop();
  }
}

for (const row of rows) {
  const ours = rows.find((r) => r.engine === 'blocksmith-embedded' && r.workload === row.workload);
  if (!ours || row === ours) continue;
  console.log(
    JSON.stringify({
      bench: 'peers',
      ratio: `blocksmith-embedded / ${String(row.engine)}`,
      workload: row.workload,
      throughput: Number(((ours.per_s as number) / (row.per_s as number)).toFixed(2)),
    }),
  );
}

/** Refuses to measure an engine whose workflow computes the wrong thing. */
async function verify(engine: EngineUnderTest, workload: Workload): Promise<void> {
  const response = await fetch(engine.urls[workload], {
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
