import { cosine, type KnowledgeStore } from '@blocksmith/engine';
import type { KnowledgeBaseRef, KnowledgePassage } from '@blocksmith/sdk';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { decodeEmbedding, encodeEmbedding } from '../embedding-column.ts';
import type { Owner } from '../owner.ts';
import type { Database, KnowledgeBasesTable, KnowledgeDocumentsTable } from '../schema.ts';
import { isUniqueViolation } from '../unique-violation.ts';
import { insertInChunks } from './insert-in-chunks.ts';
import { deleteOwned } from './owned-rows.ts';

/** Passages read per statement while ranking: a page of embeddings, not the base, is in memory at once. */
const RANK_PAGE = 500;

export interface KnowledgeBase extends KnowledgeBaseRef {
  workspaceId: string;
  description: string;
  credentialId: string;
  chunkChars: number;
  chunkOverlap: number;
  documents: number;
  chunks: number;
  createdAt: number;
  updatedAt: number;
}

export type KnowledgeBaseFields = Pick<KnowledgeBase, 'name' | 'description' | 'credentialId' | 'model' | 'chunkChars' | 'chunkOverlap'>;

export interface KnowledgeDocument {
  id: string;
  name: string;
  source: string;
  contentHash: string;
  chars: number;
  chunks: number;
  createdAt: number;
  updatedAt: number;
}

/** A name is taken in the workspace: blocks find a knowledge base by name. */
export class KnowledgeBaseNameTaken extends Error {
  constructor(readonly baseName: string) {
    super(`A knowledge base named "${baseName}" already exists in this workspace; pick another name.`);
  }
}

const toBase = (row: KnowledgeBasesTable, documents: number, chunks: number): KnowledgeBase => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  description: row.description,
  credentialId: row.credential_id,
  model: row.model,
  chunkChars: Number(row.chunk_chars),
  chunkOverlap: Number(row.chunk_overlap),
  documents,
  chunks,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const toDocument = (row: KnowledgeDocumentsTable, chunks: number): KnowledgeDocument => ({
  id: row.id,
  name: row.name,
  source: row.source,
  contentHash: row.content_hash,
  chars: Number(row.chars),
  chunks,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** Knowledge bases, their documents and passages, per workspace; what runs read through `ctx.knowledge`. */
export class KnowledgeRepository implements KnowledgeStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, fields: KnowledgeBaseFields): Promise<KnowledgeBase> {
    const now = Date.now();
    const row: KnowledgeBasesTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      name: fields.name,
      description: fields.description,
      credential_id: fields.credentialId,
      model: fields.model,
      chunk_chars: fields.chunkChars,
      chunk_overlap: fields.chunkOverlap,
      created_at: now,
      updated_at: now,
    };
    await this.db
      .insertInto('knowledge_bases')
      .values(row)
      .execute()
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new KnowledgeBaseNameTaken(fields.name) : error;
      });
    return toBase(row, 0, 0);
  }

  async list(workspaceId: string): Promise<KnowledgeBase[]> {
    const rows = await this.db.selectFrom('knowledge_bases').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    return Promise.all(rows.map(async (row) => toBase(row, ...(await this.counts(row.id)))));
  }

  async get(workspaceId: string, idOrName: string): Promise<KnowledgeBase | undefined> {
    const row = await this.row(workspaceId, idOrName);
    return row && toBase(row, ...(await this.counts(row.id)));
  }

  /** The workspace's base of this id, else this name, without counting its documents (what a run's search needs). */
  private async row(workspaceId: string, idOrName: string): Promise<KnowledgeBasesTable | undefined> {
    const scoped = this.db.selectFrom('knowledge_bases').selectAll().where('workspace_id', '=', workspaceId);
    return (await scoped.where('id', '=', idOrName).executeTakeFirst()) ?? (await scoped.where('name', '=', idOrName).executeTakeFirst());
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'knowledge_bases', workspaceId, id);
  }

  async documents(baseId: string): Promise<KnowledgeDocument[]> {
    const rows = await this.db.selectFrom('knowledge_documents').selectAll().where('base_id', '=', baseId).orderBy('name').execute();
    const counts = new Map(
      (
        await this.db
          .selectFrom('knowledge_chunks')
          .select(['document_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('base_id', '=', baseId)
          .groupBy('document_id')
          .execute()
      ).map((r) => [r.document_id, Number(r.n)]),
    );
    return rows.map((row) => toDocument(row, counts.get(row.id) ?? 0));
  }

  /** One document of the base by its id, else by its name (an id wins over a name that spells it), with its passage count. */
  async document(baseId: string, idOrName: string): Promise<KnowledgeDocument | undefined> {
    const found = await this.db
      .selectFrom('knowledge_documents')
      .selectAll()
      .where('base_id', '=', baseId)
      .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
      .execute();
    const row = found.find((d) => d.id === idOrName) ?? found[0];
    if (!row) return undefined;
    const { n } = await this.db
      .selectFrom('knowledge_chunks')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('document_id', '=', row.id)
      .executeTakeFirstOrThrow();
    return toDocument(row, Number(n));
  }

  /** A document's passages in order. */
  async passages(documentId: string): Promise<{ position: number; text: string }[]> {
    const rows = await this.db.selectFrom('knowledge_chunks').select(['position', 'text']).where('document_id', '=', documentId).orderBy('position').execute();
    return rows.map((r) => ({ position: Number(r.position), text: r.text }));
  }

  /** Adds the document, or replaces the one of its name with its passages, in one transaction: a search sees the old or the new, never half. */
  async putDocument(
    baseId: string,
    document: { name: string; source: string; contentHash: string; chars: number },
    passages: { text: string; embedding: number[] }[],
  ): Promise<KnowledgeDocument> {
    const now = Date.now();
    return this.db.transaction().execute(async (tx) => {
      const existing = await tx
        .selectFrom('knowledge_documents')
        .selectAll()
        .where('base_id', '=', baseId)
        .where('name', '=', document.name)
        .executeTakeFirst();
      const row: KnowledgeDocumentsTable = {
        id: existing?.id ?? randomUUID(),
        base_id: baseId,
        name: document.name,
        source: document.source,
        content_hash: document.contentHash,
        chars: document.chars,
        created_at: existing ? Number(existing.created_at) : now,
        updated_at: now,
      };
      if (existing) {
        await tx.deleteFrom('knowledge_chunks').where('document_id', '=', existing.id).execute();
        await tx
          .updateTable('knowledge_documents')
          .set({ source: row.source, content_hash: row.content_hash, chars: row.chars, updated_at: now })
          .where('id', '=', existing.id)
          .execute();
      } else {
        await tx.insertInto('knowledge_documents').values(row).execute();
      }
      await insertInChunks(
        tx,
        'knowledge_chunks',
        passages.map((p, position) => ({
          id: randomUUID(),
          base_id: baseId,
          document_id: row.id,
          position,
          text: p.text,
          embedding: encodeEmbedding(p.embedding),
        })),
      );
      await tx.updateTable('knowledge_bases').set({ updated_at: now }).where('id', '=', baseId).execute();
      return toDocument(row, passages.length);
    });
  }

  async deleteDocument(baseId: string, documentId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('knowledge_documents').where('id', '=', documentId).where('base_id', '=', baseId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async find(workspaceId: string | undefined, idOrName: string): Promise<KnowledgeBaseRef | undefined> {
    if (workspaceId === undefined) return undefined;
    const row = await this.row(workspaceId, idOrName);
    return row && { id: row.id, name: row.name, model: row.model };
  }

  async search(workspaceId: string | undefined, baseId: string, embedding: number[], limit: number): Promise<KnowledgePassage[]> {
    if (workspaceId === undefined || !(await this.row(workspaceId, baseId))) return [];
    const best: KnowledgePassage[] = [];
    let after = '';
    for (;;) {
      const page = await this.db
        .selectFrom('knowledge_chunks')
        .innerJoin('knowledge_documents', 'knowledge_documents.id', 'knowledge_chunks.document_id')
        .select([
          'knowledge_chunks.id as id',
          'knowledge_chunks.text as text',
          'knowledge_chunks.position as position',
          'knowledge_chunks.embedding as embedding',
          'knowledge_documents.id as documentId',
          'knowledge_documents.name as document',
          'knowledge_documents.source as source',
        ])
        .where('knowledge_chunks.base_id', '=', baseId)
        .where('knowledge_chunks.id', '>', after)
        .orderBy('knowledge_chunks.id')
        .limit(RANK_PAGE)
        .execute();
      for (const row of page) {
        const vector = decodeEmbedding(row.embedding);
        if (vector.length !== embedding.length) continue;
        const score = cosine(embedding, vector);
        if (best.length === limit && score <= best[best.length - 1]!.score) continue;
        const passage = { text: row.text, score, document: row.document, documentId: row.documentId, source: row.source, position: Number(row.position) };
        const at = best.findIndex((b) => b.score < score);
        best.splice(at === -1 ? best.length : at, 0, passage);
        if (best.length > limit) best.pop();
      }
      if (page.length < RANK_PAGE) return best;
      after = page[page.length - 1]!.id;
    }
  }

  private async counts(baseId: string): Promise<[documents: number, chunks: number]> {
    const [documents, chunks] = await Promise.all([
      this.db
        .selectFrom('knowledge_documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('base_id', '=', baseId)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('knowledge_chunks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('base_id', '=', baseId)
        .executeTakeFirstOrThrow(),
    ]);
    return [Number(documents.n), Number(chunks.n)];
  }
}
