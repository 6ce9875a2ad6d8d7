import type { Kysely, Migration } from 'kysely';

/**
 * Knowledge bases: documents (a file's, a page's or a pasted text) split into passages with embeddings of
 * the base's model, which retrieval ranks by similarity. A document is replaced whole when it is added
 * again under its name with other content; deleting it deletes its passages.
 */
export const knowledge: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('knowledge_bases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('chunk_chars', 'integer', (c) => c.notNull())
      .addColumn('chunk_overlap', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('knowledge_bases_by_name').unique().on('knowledge_bases').columns(['workspace_id', 'name']).execute();
    await db.schema
      .createTable('knowledge_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('base_id', 'text', (c) => c.notNull().references('knowledge_bases.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('chars', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('knowledge_documents_by_name').unique().on('knowledge_documents').columns(['base_id', 'name']).execute();
    await db.schema
      .createTable('knowledge_chunks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('base_id', 'text', (c) => c.notNull().references('knowledge_bases.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull().references('knowledge_documents.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('embedding', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('knowledge_chunks_by_base').on('knowledge_chunks').columns(['base_id']).execute();
    await db.schema.createIndex('knowledge_chunks_by_document').on('knowledge_chunks').columns(['document_id', 'position']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('knowledge_chunks').execute();
    await db.schema.dropTable('knowledge_documents').execute();
    await db.schema.dropTable('knowledge_bases').execute();
  },
};
