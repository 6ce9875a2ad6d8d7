import type { Kysely, Migration } from 'kysely';

/** How a webhook's signature is made: GitHub's (null: the HMAC of the body) or Slack's (the HMAC of v0:timestamp:body). */
export const webhookSignatureScheme: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('webhooks').addColumn('signature_scheme', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('webhooks').dropColumn('signature_scheme').execute();
  },
};
