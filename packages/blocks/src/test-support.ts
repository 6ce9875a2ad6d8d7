import { BlockRegistry, Engine, InMemoryRunStore, type EventSink, type GraphFile, type NodeRunRecord } from '@blocksmith/engine';
import type { BlockSettings, Credential } from '@blocksmith/sdk';
import { standardBlocks } from './index.ts';

const registry = new BlockRegistry(standardBlocks);

/** Runs one block as a one-node graph on the real engine; returns its node run. */
export async function runBlock(
  block: string,
  inputs: Record<string, unknown>,
  settings: Partial<BlockSettings> = {},
  options: { credentials?: Credential[]; events?: EventSink } = {},
): Promise<NodeRunRecord> {
  const runStore = new InMemoryRunStore();
  const credentials = { resolve: async (_user: string | undefined, id: string) => options.credentials?.find((c) => c.id === id) };
  const engine = new Engine({ registry, runStore, settings, credentials, log: () => undefined, ...(options.events ? { events: options.events } : {}) });
  const graph: GraphFile = { schemaVersion: 1, name: block, nodes: [{ id: 'n', block, inputs }], links: [] };
  const record = await engine.run(graph);
  return runStore.nodeRunsOf(record.id)[0]!;
}

export { registry };
