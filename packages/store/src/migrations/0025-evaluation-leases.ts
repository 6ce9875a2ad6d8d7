import type { Kysely, Migration } from 'kysely';

/**
 * Which server works on an evaluation, until when: in scale-out any API server may have started it, and when
 * that server stops another takes it over once the lease has run out.
 */
export const evaluationLeases: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('evaluations').addColumn('runner', 'text').execute();
    await db.schema.alterTable('evaluations').addColumn('lease_until', 'bigint').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('evaluations').dropColumn('lease_until').execute();
    await db.schema.alterTable('evaluations').dropColumn('runner').execute();
  },
};
