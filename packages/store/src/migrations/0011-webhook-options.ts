import type { Kysely, Migration } from 'kysely';

/** Webhook options: a preset to start from, a signature check (header and encrypted secret), and the request headers a graph may read. */
export const webhookOptions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('webhooks').addColumn('preset_id', 'text').execute();
    await db.schema.alterTable('webhooks').addColumn('signature_header', 'text').execute();
    await db.schema.alterTable('webhooks').addColumn('signature_secret', 'text').execute();
    await db.schema.alterTable('webhooks').addColumn('pass_headers', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const column of ['pass_headers', 'signature_secret', 'signature_header', 'preset_id'])
      await db.schema.alterTable('webhooks').dropColumn(column).execute();
  },
};
