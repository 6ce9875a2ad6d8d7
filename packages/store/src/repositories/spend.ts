import type { SpendLimit } from '@blocksmith/engine';
import { sql, type Kysely } from 'kysely';
import { fromJson, toJson } from '../json-column.ts';
import type { LookupCache, LookupCaches } from '../lookup-caches.ts';
import type { Database } from '../schema.ts';

/** An agent's budgets: for each run, for each UTC day, for each UTC month. */
export interface AgentBudget {
  run?: SpendLimit;
  day?: SpendLimit;
  month?: SpendLimit;
}

/** Model use summed over runs. */
export interface Spend {
  costUsd: number;
  tokens: number;
  runs: number;
}

/** One UTC day of an agent's spend; `day` is its first millisecond. */
export interface DailySpend extends Spend {
  day: number;
}

const DAY_MS = 86_400_000;

const toSpend = (row: { cost: unknown; tokens: unknown; runs: unknown } | undefined): Spend => ({
  costUsd: Number(row?.cost ?? 0),
  tokens: Number(row?.tokens ?? 0),
  runs: Number(row?.runs ?? 0),
});

/**
 * What agents and people spent on models, summed from their top-level runs (a sub-run's use is in its
 * parent's) over the partial spend indexes (migration 0024); and a person's own monthly budget.
 */
export class SpendRepository {
  /** People's own budgets, `{}` for none: every run start asks for its person's. */
  private readonly budgets: LookupCache<SpendLimit | Record<string, never>>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {
    this.budgets = lookups.create();
  }

  /** The agent's spend since `since` (ms), leaving out one run (a resumed run counts its own use as it replays). */
  ofGraph(graphId: string, since: number, exceptRun?: string): Promise<Spend> {
    return this.spendOf('graph_id', graphId, since, exceptRun);
  }

  /** What runs acting for this person spent since `since`, in every workspace. */
  ofUser(userId: string, since: number, exceptRun?: string): Promise<Spend> {
    return this.spendOf('user_id', userId, since, exceptRun);
  }

  /** The sum over one of the two spend indexes: by agent or by person. */
  private async spendOf(column: 'graph_id' | 'user_id', id: string, since: number, exceptRun: string | undefined): Promise<Spend> {
    let query = this.db
      .selectFrom('graph_runs')
      .select((eb) => [eb.fn.sum<number>('cost_usd').as('cost'), eb.fn.sum<number>('tokens').as('tokens'), eb.fn.countAll<number>().as('runs')])
      .where(column, '=', id)
      .where('created_at', '>=', since)
      .where('cost_usd', 'is not', null)
      .where('parent_run_id', 'is', null);
    if (exceptRun !== undefined) query = query.where('id', '!=', exceptRun);
    return toSpend(await query.executeTakeFirst());
  }

  /** The agent's spend per UTC day since `since`, oldest first; days without model use are absent. */
  async graphByDay(graphId: string, since: number): Promise<DailySpend[]> {
    const rows = await this.db
      .selectFrom('graph_runs')
      .select((eb) => [
        // Integer division in both dialects: created_at and the divisor — a literal, since a bound number is a float to SQLite — are integers.
        sql<number>`created_at / ${sql.lit(DAY_MS)}`.as('day'),
        eb.fn.sum<number>('cost_usd').as('cost'),
        eb.fn.sum<number>('tokens').as('tokens'),
        eb.fn.countAll<number>().as('runs'),
      ])
      .where('graph_id', '=', graphId)
      .where('created_at', '>=', since)
      .where('cost_usd', 'is not', null)
      .where('parent_run_id', 'is', null)
      .groupBy('day')
      .orderBy('day')
      .execute();
    return rows.map((row) => ({ day: Math.floor(Number(row.day)) * DAY_MS, ...toSpend(row) }));
  }

  /** A person's own monthly budget; undefined when they set none. */
  async userBudget(userId: string): Promise<SpendLimit | undefined> {
    const found = await this.budgets.get(userId, async () => {
      const row = await this.db.selectFrom('users').select('budget').where('id', '=', userId).executeTakeFirst();
      return row?.budget ? fromJson<SpendLimit>(row.budget) : {};
    });
    return found && Object.keys(found).length ? found : undefined;
  }

  async setUserBudget(userId: string, budget: SpendLimit | undefined): Promise<void> {
    await this.lookups.writing(() =>
      this.db
        .updateTable('users')
        .set({ budget: budget === undefined ? null : toJson(budget) })
        .where('id', '=', userId)
        .execute(),
    );
  }
}
