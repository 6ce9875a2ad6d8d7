import type { AnyBlock, BlockErrorValue, BlockExample } from '@blocksmith/sdk';
import { Engine } from '../engine.ts';
import type { StoredGraph } from '../graph/graph-file.ts';
import { systemClock } from '../ports/clock.ts';
import { DataTables } from '../data-tables/data-tables.ts';
import { InMemoryDataTableStorage } from '../ports/in-memory-data-tables.ts';
import { InMemoryFileStore } from '../ports/file-store.ts';
import { InMemoryGraphStore } from '../ports/graph-store.ts';
import { InMemoryReviewDesk } from '../ports/review-desk.ts';
import { InMemoryRunStore } from '../ports/run-store.ts';
import { NO_OWNER } from '../run/records.ts';
import type { BlockRegistry } from '../registry/block-registry.ts';

export interface ExampleResult {
  outputs: Record<string, unknown[]>;
  error?: BlockErrorValue;
}

/**
 * Runs one declared example through the real engine, as a one-node graph, so
 * examples exercise the same input parsing and output checks as real runs.
 */
export async function runBlockExample(block: AnyBlock, example: BlockExample, registry: BlockRegistry): Promise<ExampleResult> {
  const graphStore = new InMemoryGraphStore();
  for (const [id, graph] of Object.entries(example.context?.graphs ?? {})) {
    graphStore.save(id, graph as Omit<StoredGraph, 'id' | 'version'>);
  }
  const fixedNow = example.context?.now === undefined ? undefined : Date.parse(example.context.now);
  const runStore = new InMemoryRunStore();
  const files = new InMemoryFileStore();
  for (const [id, file] of Object.entries(example.context?.files ?? {})) {
    await files.write(NO_OWNER, { name: file.name, contentType: file.contentType, bytes: new TextEncoder().encode(file.text) }, id);
  }
  const dataTables = new InMemoryDataTableStorage();
  const tables = new DataTables(dataTables, () => fixedNow ?? Date.now());
  for (const [name, { columns, rows }] of Object.entries(example.context?.tables ?? {})) {
    await tables.create(NO_OWNER, { name, description: '', columns }, rows);
  }
  const { review } = example.context ?? {};
  const reviews = new InMemoryReviewDesk(Date.now, (id) => review && reviews.decide(id, review));
  const engine = new Engine({
    registry,
    reviews,
    graphStore,
    runStore,
    files,
    dataTables,
    clock: fixedNow === undefined ? systemClock : { now: () => fixedNow, sleep: systemClock.sleep },
    log: () => undefined,
  });
  const graph = { name: `example: ${example.name}`, nodes: [{ id: 'example', block: block.id, inputs: example.input }], links: [] };
  const record = await engine.run(graph);
  const nodeRun = runStore.nodeRunsOf(record.id).find((run) => run.nodeId === 'example');
  return { outputs: nodeRun?.outputs ?? {}, ...(nodeRun?.error ? { error: nodeRun.error } : {}) };
}
