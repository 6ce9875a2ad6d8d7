import type { AnyBlock } from '@blocksmith/sdk';
import { Engine, type EngineOptions, type StartRunOptions } from '../engine.ts';
import type { GraphFile } from '../graph/graph-file.ts';
import { InMemoryEventBus, type RunEvent } from '../ports/events.ts';
import { InMemoryRunStore } from '../ports/run-store.ts';
import type { GraphRunRecord, NodeRunRecord } from '../run/records.ts';
import { testRegistry } from './test-blocks.ts';

export interface TestRun {
  record: GraphRunRecord;
  nodeRuns: NodeRunRecord[];
  events: RunEvent[];
  /** Node runs of one node, in creation order. */
  of(nodeId: string): NodeRunRecord[];
}

/** Runs a graph on a fresh engine with the test blocks and returns everything observable. */
export async function runTestGraph(
  graph: GraphFile,
  inputs: Record<string, unknown> = {},
  options: { engine?: Partial<EngineOptions>; run?: StartRunOptions; extraBlocks?: AnyBlock[] } = {},
): Promise<TestRun> {
  const events: RunEvent[] = [];
  const bus = new InMemoryEventBus();
  bus.subscribe((event) => events.push(event));
  const runStore = new InMemoryRunStore();
  const engine = new Engine({ registry: testRegistry(options.extraBlocks), runStore, events: bus, log: () => undefined, ...options.engine });
  const record = await engine.run(graph, inputs, options.run);
  const nodeRuns = runStore.nodeRunsOf(record.id).sort((a, b) => a.seq - b.seq);
  return { record, nodeRuns, events, of: (nodeId) => nodeRuns.filter((run) => run.nodeId === nodeId) };
}
