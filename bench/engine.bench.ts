/**
 * Engine overhead benchmark (npm run bench). Prints one JSON line per
 * measurement: the engine running W1/W2 in memory, next to hand-written code
 * doing the same work in the same process, so the ratio is the engine's cost.
 */
import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine, InMemoryRunStore, type GraphFile, type RunStore } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, type TestDialect } from '@blocksmith/store/testing';
import type { AnyBlock, BlockContext } from '@blocksmith/sdk';
import { chainGraph, fanoutGraph } from './workloads.ts';

const registry = new BlockRegistry(standardBlocks);
const arithmetic = registry.get('math.arithmetic') as AnyBlock;

interface Measurement {
  workload: string;
  impl: string;
  runs: number;
  nodeRunsPerRun: number;
  totalMs: number;
}

function report(m: Measurement, baselineUsPerNode?: number): number {
  const usPerNode = (m.totalMs * 1000) / (m.runs * m.nodeRunsPerRun);
  const line: Record<string, unknown> = {
    bench: m.workload,
    impl: m.impl,
    runs: m.runs,
    node_runs_per_run: m.nodeRunsPerRun,
    runs_per_s: Number(((m.runs * 1000) / m.totalMs).toFixed(1)),
    us_per_node_run: Number(usPerNode.toFixed(2)),
  };
  if (baselineUsPerNode !== undefined) {
    line.overhead_us_per_node_run = Number((usPerNode - baselineUsPerNode).toFixed(2));
    line.ratio_vs_baseline = Number((usPerNode / baselineUsPerNode).toFixed(1));
  }
  console.log(JSON.stringify(line));
  return usPerNode;
}

async function timeRuns(runs: number, once: () => Promise<void>): Promise<number> {
  for (let i = 0; i < Math.max(3, runs / 10); i++) await once();
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await once();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The baseline: the same block code called directly, inputs parsed the same way, no engine. */
async function callArithmetic(a: number, operation: string, b: number): Promise<number> {
  const input = arithmetic.input.parse({ a, operation, b });
  for await (const [, value] of arithmetic.run(input, {} as BlockContext)) return value as number;
  throw new Error('math.arithmetic yielded nothing');
}

async function benchEngine(
  workload: string,
  graph: GraphFile,
  runs: number,
  nodeRunsPerRun: number,
  check: (outputs: Record<string, unknown[]>) => void,
  storage: { name: string; runStore: RunStore } = { name: 'memory', runStore: new InMemoryRunStore() },
): Promise<Measurement> {
  const engine = new Engine({ registry, runStore: storage.runStore, maxConcurrency: 64 });
  const totalMs = await timeRuns(runs, async () => {
    const record = await engine.run(graph);
    if (record.status !== 'COMPLETED') throw new Error(`${workload} ended ${record.status}: ${record.error}`);
    check(record.outputs);
  });
  return { workload, impl: `engine (${storage.name})`, runs, nodeRunsPerRun, totalMs };
}

/** The same workloads with every run persisted (write-behind) to a real database. */
async function withDatabase(dialect: TestDialect, work: (storage: { name: string; runStore: RunStore }) => Promise<void>): Promise<void> {
  const database = await createTestDatabase(dialect);
  // As the server opens it: values over 256 KiB are stored as files, so every record is checked for them.
  const store = await Store.open({ ...database.options, inlineOutputBytes: 256 * 1024 });
  try {
    await work({ name: dialect, runStore: store.runStore });
  } finally {
    await store.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const chain = chainGraph(100);
  // input + 100 transforms + output
  const chainNodeRuns = 102;
  const checkChain = (outputs: Record<string, unknown[]>) => {
    if (outputs.result?.[0] !== 100) throw new Error('engine chain is wrong');
  };
  const w1Baseline = await timeRuns(2000, async () => {
    let value = 0;
    for (let i = 0; i < 100; i++) value = await callArithmetic(value, 'add', 1);
    if (value !== 100) throw new Error('baseline chain is wrong');
  });
  const w1Base = report({ workload: 'W1 chain-100', impl: 'hand-written loop', runs: 2000, nodeRunsPerRun: chainNodeRuns, totalMs: w1Baseline });
  report(await benchEngine('W1 chain-100', chain, 400, chainNodeRuns, checkChain), w1Base);

  const fanout = fanoutGraph(1000);
  // input + for_each + 1000 × (3 transforms + output)
  const fanoutNodeRuns = 2 + 4 * 1000;
  const checkFanout = (outputs: Record<string, unknown[]>) => {
    if (outputs.results?.length !== 1000) throw new Error('engine fan-out lost results');
  };
  const w2Baseline = await timeRuns(200, async () => {
    const results: number[] = [];
    for (let i = 0; i < 1000; i++) results.push(await callArithmetic(await callArithmetic(await callArithmetic(i, 'multiply', 2), 'add', 3), 'subtract', 1));
    if (results.length !== 1000) throw new Error('baseline fan-out is wrong');
  });
  const w2Base = report({ workload: 'W2 fanout-1000', impl: 'hand-written loop', runs: 200, nodeRunsPerRun: fanoutNodeRuns, totalMs: w2Baseline });
  report(await benchEngine('W2 fanout-1000', fanout, 40, fanoutNodeRuns, checkFanout), w2Base);

  for (const dialect of ['sqlite', 'postgres'] as const) {
    await withDatabase(dialect, async (storage) => {
      report(await benchEngine('W1 chain-100', chain, 100, chainNodeRuns, checkChain, storage), w1Base);
      report(await benchEngine('W2 fanout-1000', fanout, 10, fanoutNodeRuns, checkFanout, storage), w2Base);
    });
  }
}

await main();
