import type { Kysely, Migration } from 'kysely';

/**
 * Datasets of cases to evaluate agents with, and evaluations: one agent version run over a dataset's
 * cases, each case's inputs and expectations copied when it starts (editing the dataset later does not
 * change what an evaluation measured). An evaluation outlives its dataset, and goes with its agent.
 */
export const evaluations: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('datasets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('graph_id', 'text', (c) => c.references('graphs.id').onDelete('set null'))
      .addColumn('evaluators', 'text', (c) => c.notNull())
      .addColumn('threshold', 'double precision', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('datasets_by_name').unique().on('datasets').columns(['workspace_id', 'name']).execute();
    await db.schema
      .createTable('dataset_cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('inputs', 'text', (c) => c.notNull())
      .addColumn('expected', 'text', (c) => c.notNull())
      .addColumn('from_run_id', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('dataset_cases_in_order').on('dataset_cases').columns(['dataset_id', 'position']).execute();
    await db.schema
      .createTable('evaluations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('graph_id', 'text', (c) => c.notNull().references('graphs.id').onDelete('cascade'))
      .addColumn('graph_version', 'integer', (c) => c.notNull())
      .addColumn('dataset_id', 'text', (c) => c.references('datasets.id').onDelete('set null'))
      .addColumn('dataset_name', 'text', (c) => c.notNull())
      .addColumn('evaluators', 'text', (c) => c.notNull())
      .addColumn('threshold', 'double precision', (c) => c.notNull())
      .addColumn('concurrency', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('ended_at', 'bigint')
      .execute();
    await db.schema.createIndex('evaluations_by_agent').on('evaluations').columns(['graph_id', 'created_at']).execute();
    await db.schema.createIndex('evaluations_by_workspace').on('evaluations').columns(['workspace_id', 'created_at']).execute();
    await db.schema
      .createTable('evaluation_cases')
      .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('inputs', 'text', (c) => c.notNull())
      .addColumn('expected', 'text', (c) => c.notNull())
      .addColumn('run_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outputs', 'text')
      .addColumn('scores', 'text')
      .addColumn('score', 'double precision')
      .addColumn('usage', 'text')
      .addColumn('latency_ms', 'bigint')
      .addColumn('error', 'text')
      .addPrimaryKeyConstraint('evaluation_cases_key', ['evaluation_id', 'case_id'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('evaluation_cases').execute();
    await db.schema.dropTable('evaluations').execute();
    await db.schema.dropTable('dataset_cases').execute();
    await db.schema.dropTable('datasets').execute();
  },
};
