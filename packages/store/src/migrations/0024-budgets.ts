import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect.ts';

/**
 * Budgets: an agent's (per run, per day, per month) and a person's monthly one, as JSON on the agent and
 * the account; a run's own per-run budget on the run. A run's cost and tokens get columns of their own,
 * filled from its usage (runs from before included), so what an agent or a person spent in a period is a
 * sum over an index: partial, over top-level runs that used a model, so runs without model calls — most
 * of them — cost nothing more to write.
 */
export function budgets(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('graphs').addColumn('budget', 'text').execute();
      await db.schema.alterTable('users').addColumn('budget', 'text').execute();
      await db.schema.alterTable('graph_runs').addColumn('budget', 'text').execute();
      await db.schema.alterTable('graph_runs').addColumn('cost_usd', 'double precision').execute();
      await db.schema.alterTable('graph_runs').addColumn('tokens', 'bigint').execute();
      if (dialect === 'postgres') {
        await sql`update graph_runs set cost_usd = (usage::json->>'costUsd')::double precision,
          tokens = (usage::json->>'inputTokens')::bigint + (usage::json->>'outputTokens')::bigint where usage is not null`.execute(db);
      } else {
        await sql`update graph_runs set cost_usd = json_extract(usage, '$.costUsd'),
          tokens = json_extract(usage, '$.inputTokens') + json_extract(usage, '$.outputTokens') where usage is not null`.execute(db);
      }
      await sql`create index graph_runs_spend_by_graph on graph_runs (graph_id, created_at) where cost_usd is not null and parent_run_id is null`.execute(db);
      await sql`create index graph_runs_spend_by_user on graph_runs (user_id, created_at) where cost_usd is not null and parent_run_id is null`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('graph_runs_spend_by_user').execute();
      await db.schema.dropIndex('graph_runs_spend_by_graph').execute();
      for (const column of ['tokens', 'cost_usd', 'budget']) await db.schema.alterTable('graph_runs').dropColumn(column).execute();
      await db.schema.alterTable('users').dropColumn('budget').execute();
      await db.schema.alterTable('graphs').dropColumn('budget').execute();
    },
  };
}
