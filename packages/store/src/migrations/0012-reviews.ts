import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Reviews: what a human-review node asks the run's owner, and the decision. A
 * run finds its review again by (run, key) when it resumes, so a restart never
 * asks twice; a review marked parked wakes its run when decided. Runs waiting on reviews (status REVIEW) are unfinished: the
 * partial index of unfinished runs now covers them too.
 */
export const reviews: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      // No foreign key to graph_runs: run rows are written in batches, and may land after the review.
      .addColumn('run_id', 'text', (c) => c.notNull())
      .addColumn('node_run_id', 'text', (c) => c.notNull())
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('wait_key', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('editable', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_data', 'text')
      .addColumn('reason', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addColumn('decided_at', 'bigint')
      // 1 while the run waits on it with no process holding the run (scale-out parks such runs).
      .addColumn('parked', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('reviews_wait_key', ['run_id', 'wait_key'])
      .execute();
    await db.schema.createIndex('reviews_by_user').on('reviews').columns(['user_id', 'status', 'created_at']).execute();
    await db.schema.dropIndex('graph_runs_unfinished').execute();
    await sql`create index graph_runs_unfinished on graph_runs (created_at) where status in ('QUEUED', 'RUNNING', 'REVIEW')`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('graph_runs_unfinished').execute();
    await sql`create index graph_runs_unfinished on graph_runs (created_at) where status in ('QUEUED', 'RUNNING')`.execute(db);
    await db.schema.dropTable('reviews').execute();
  },
};
