import { rankBySimilarity, type MemoryEntry, type MemoryQuery, type MemoryStore } from '@blocksmith/engine';
import type { MemoryItem } from '@blocksmith/sdk';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { Database } from '../schema.ts';

const encode = (embedding: number[]): string => Buffer.from(new Float32Array(embedding).buffer).toString('base64');

function decode(stored: string): number[] {
  const bytes = Buffer.from(stored, 'base64');
  return Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
}

/**
 * Memory in the database, per user and namespace. A search ranks the namespace's texts of the query's model
 * here, by cosine similarity: fine for the thousands of texts an agent's memory holds, not for a corpus.
 */
export class MemoryRepository implements MemoryStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(userId: string | undefined, namespace: string, items: Omit<MemoryEntry, 'id' | 'createdAt'>[]): Promise<MemoryItem[]> {
    const owner = this.owner(userId);
    const now = Date.now();
    const rows = items.map((item) => ({
      id: randomUUID(),
      user_id: owner,
      namespace,
      text: item.text,
      metadata: toJson(item.metadata),
      model: item.model,
      embedding: encode(item.embedding),
      created_at: now,
    }));
    if (rows.length) await this.db.insertInto('memories').values(rows).execute();
    return rows.map((row, i) => ({ id: row.id, text: row.text, metadata: items[i]!.metadata, createdAt: now }));
  }

  async search(userId: string | undefined, namespace: string, query: MemoryQuery): Promise<(MemoryItem & { score: number })[]> {
    const rows = await this.db.selectFrom('memories').selectAll().where('user_id', '=', this.owner(userId)).where('namespace', '=', namespace).execute();
    const entries: MemoryEntry[] = rows.map((row) => ({
      id: row.id,
      text: row.text,
      metadata: fromJson<Record<string, unknown>>(row.metadata),
      model: row.model,
      embedding: decode(row.embedding),
      createdAt: Number(row.created_at),
    }));
    return rankBySimilarity(namespace, entries, query);
  }

  private owner(userId: string | undefined): string {
    if (userId === undefined) throw new Error('Memory is kept per user; this run has no owner.');
    return userId;
  }
}
