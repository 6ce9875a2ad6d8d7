import { BlockRegistry, Engine, InMemoryRunStore, type GraphFile, type NodeRunRecord } from '@blocksmith/engine';
import type { BlockSettings } from '@blocksmith/sdk';
import { standardBlocks } from './index.ts';

const registry = new BlockRegistry(standardBlocks);

/** Runs one block as a one-node graph on the real engine; returns its node run. */
export async function runBlock(block: string, inputs: Record<string, unknown>, settings: Partial<BlockSettings> = {}): Promise<NodeRunRecord> {
  const runStore = new InMemoryRunStore();
  const engine = new Engine({ registry, runStore, settings, log: () => undefined });
  const graph: GraphFile = { schemaVersion: 1, name: block, nodes: [{ id: 'n', block, inputs }], links: [] };
  const record = await engine.run(graph);
  return runStore.nodeRunsOf(record.id)[0]!;
}

export { registry };
