/**
 * Engine overhead benchmark (npm run bench). Prints one JSON line per
 * measurement: the engine running W1/W2 in memory, next to hand-written code
 * doing the same work in the same process, so the ratio is the engine's cost.
 */
import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine, InMemoryRunStore, type GraphFile } from '@blocksmith/engine';
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

async function benchEngine(workload: string, graph: GraphFile, runs: number, check: (outputs: Record<string, unknown[]>) => void): Promise<Measurement> {
  const runStore = new InMemoryRunStore();
  const engine = new Engine({ registry, runStore, maxConcurrency: 64 });
  let nodeRunsPerRun = 0;
  const totalMs = await timeRuns(runs, async () => {
    const record = await engine.run(graph);
    if (record.status !== 'COMPLETED') throw new Error(`${workload} ended ${record.status}: ${record.error}`);
    check(record.outputs);
    nodeRunsPerRun = runStore.nodeRunsOf(record.id).length;
  });
  return { workload, impl: 'engine', runs, nodeRunsPerRun, totalMs };
}

async function main(): Promise<void> {
  const chain = chainGraph(100);
  // input + 100 transforms + output
  const chainNodeRuns = 102;
  const w1Baseline = await timeRuns(2000, async () => {
    let value = 0;
    for (let i = 0; i < 100; i++) value = await callArithmetic(value, 'add', 1);
    if (value !== 100) throw new Error('baseline chain is wrong');
  });
  const w1Base = report({ workload: 'W1 chain-100', impl: 'hand-written loop', runs: 2000, nodeRunsPerRun: chainNodeRuns, totalMs: w1Baseline });
  report(
    await benchEngine('W1 chain-100', chain, 400, (outputs) => {
      if (outputs.result?.[0] !== 100) throw new Error('engine chain is wrong');
    }),
    w1Base,
  );

  const fanout = fanoutGraph(1000);
  // input + for_each + 1000 × (3 transforms + output)
  const fanoutNodeRuns = 2 + 4 * 1000;
  const w2Baseline = await timeRuns(200, async () => {
    const results: number[] = [];
    for (let i = 0; i < 1000; i++) results.push(await callArithmetic(await callArithmetic(await callArithmetic(i, 'multiply', 2), 'add', 3), 'subtract', 1));
    if (results.length !== 1000) throw new Error('baseline fan-out is wrong');
  });
  const w2Base = report({ workload: 'W2 fanout-1000', impl: 'hand-written loop', runs: 200, nodeRunsPerRun: fanoutNodeRuns, totalMs: w2Baseline });
  const w2 = await benchEngine('W2 fanout-1000', fanout, 40, (outputs) => {
    if (outputs.results?.length !== 1000) throw new Error('engine fan-out lost results');
  });
  report(w2, w2Base);
}

await main();
