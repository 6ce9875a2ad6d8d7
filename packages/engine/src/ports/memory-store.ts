import type { MemoryItem } from '@blocksmith/sdk';
import { randomUUID } from 'node:crypto';
import type { RunOwner } from '../run/records.ts';

/** One stored text with its embedding, as a memory store keeps it. */
export interface MemoryEntry extends MemoryItem {
  model: string;
  embedding: number[];
}

export interface MemoryQuery {
  embedding: number[];
  model: string;
  limit: number;
}

/**
 * Texts with embeddings per workspace and namespace (a block's `ctx.memory`):
 * what retrieval-augmented agents remember and look up by similarity.
 */
export interface MemoryStore {
  add(owner: RunOwner, namespace: string, items: Omit<MemoryEntry, 'id' | 'createdAt'>[]): Promise<MemoryItem[]>;
  search(workspaceId: string | undefined, namespace: string, query: MemoryQuery): Promise<(MemoryItem & { score: number })[]>;
}

/** Cosine similarity; vectors of other lengths than the query's are not comparable. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * The entries most similar to the query, best first. Entries of another embedding model cannot be compared
 * with the query: when the namespace holds only those, the error says which model to search with.
 */
export function rankBySimilarity(namespace: string, entries: readonly MemoryEntry[], query: MemoryQuery): (MemoryItem & { score: number })[] {
  const comparable = entries.filter((e) => e.model === query.model && e.embedding.length === query.embedding.length);
  if (comparable.length === 0 && entries.length > 0) {
    throw new Error(
      `Memory "${namespace}" holds embeddings of model ${entries[0]!.model}; search it with that model (or store the texts again with ${query.model}).`,
    );
  }
  return comparable
    .map(({ id, text, metadata, createdAt, embedding }) => ({ id, text, metadata, createdAt, score: cosine(query.embedding, embedding) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, query.limit);
}

/** Memory for this process's lifetime (the CLI, tests). */
export class InMemoryMemoryStore implements MemoryStore {
  private readonly entries = new Map<string, MemoryEntry[]>();

  async add({ workspaceId }: RunOwner, namespace: string, items: Omit<MemoryEntry, 'id' | 'createdAt'>[]): Promise<MemoryItem[]> {
    const key = JSON.stringify([workspaceId ?? null, namespace]);
    const added = items.map((item) => ({ ...structuredClone(item), id: randomUUID(), createdAt: Date.now() }));
    this.entries.set(key, [...(this.entries.get(key) ?? []), ...added]);
    return added.map(({ id, text, metadata, createdAt }) => ({ id, text, metadata, createdAt }));
  }

  async search(workspaceId: string | undefined, namespace: string, query: MemoryQuery): Promise<(MemoryItem & { score: number })[]> {
    return rankBySimilarity(namespace, this.entries.get(JSON.stringify([workspaceId ?? null, namespace])) ?? [], query);
  }
}
