import { rankBySimilarity, type MemoryEntry, type MemoryQuery, type MemoryStore } from '@blocksmith/engine';
import type { RunOwner } from '@blocksmith/engine';
import type { MemoryItem } from '@blocksmith/sdk';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { decodeEmbedding, encodeEmbedding } from '../embedding-column.ts';
import { fromJson, toJson } from '../json-column.ts';
import type { Database } from '../schema.ts';

/**
 * Memory in the database, per workspace and namespace. A search ranks the namespace's texts of the query's model
 * here, by cosine similarity: fine for the thousands of texts an agent's memory holds, not for a corpus.
 */
export class MemoryRepository implements MemoryStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(owner: RunOwner, namespace: string, items: Omit<MemoryEntry, 'id' | 'createdAt'>[]): Promise<MemoryItem[]> {
    const workspaceId = this.workspace(owner.workspaceId);
    const now = Date.now();
    const rows = items.map((item) => ({
      id: randomUUID(),
      workspace_id: workspaceId,
      // Who the run acted for; a run of no one's is kept as the workspace's own (a personal workspace's id is its user's).
      user_id: owner.userId ?? workspaceId,
      namespace,
      text: item.text,
      metadata: toJson(item.metadata),
      model: item.model,
      embedding: encodeEmbedding(item.embedding),
      created_at: now,
    }));
    if (rows.length) await this.db.insertInto('memories').values(rows).execute();
    return rows.map((row, i) => ({ id: row.id, text: row.text, metadata: items[i]!.metadata, createdAt: now }));
  }

  async search(workspaceId: string | undefined, namespace: string, query: MemoryQuery): Promise<(MemoryItem & { score: number })[]> {
    const rows = await this.db
      .selectFrom('memories')
      .selectAll()
      .where('workspace_id', '=', this.workspace(workspaceId))
      .where('namespace', '=', namespace)
      .execute();
    const entries: MemoryEntry[] = rows.map((row) => ({
      id: row.id,
      text: row.text,
      metadata: fromJson<Record<string, unknown>>(row.metadata),
      model: row.model,
      embedding: decodeEmbedding(row.embedding),
      createdAt: Number(row.created_at),
    }));
    return rankBySimilarity(namespace, entries, query);
  }

  private workspace(workspaceId: string | undefined): string {
    if (workspaceId === undefined) throw new Error('Memory is kept per workspace; this run has none.');
    return workspaceId;
  }
}
