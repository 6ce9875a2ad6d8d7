import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { LookupCaches } from '../lookup-caches.ts';
import type { Database, GraphAliasesTable, GraphReleasesTable } from '../schema.ts';

/** The alias an agent's triggers run when they name none. */
export const PRODUCTION = 'production';

/** What moving an alias needs: an evaluation of the version on this dataset that scored at least `minScore`. */
export interface ReleaseGate {
  datasetId: string;
  minScore: number;
}

export interface GraphAlias {
  name: string;
  version: number;
  gate?: ReleaseGate;
  updatedBy?: string;
  updatedAt: number;
}

/** One move of an alias. */
export interface Release {
  id: string;
  alias: string;
  /** Absent when the alias was removed. */
  version?: number;
  fromVersion?: number;
  userId?: string;
  /** The evaluation that passed the gate. */
  evaluationId?: string;
  note?: string;
  createdAt: number;
}

const toAlias = (row: GraphAliasesTable): GraphAlias => ({
  name: row.name,
  version: Number(row.version),
  ...(row.gate_dataset_id !== null && row.gate_min_score !== null ? { gate: { datasetId: row.gate_dataset_id, minScore: Number(row.gate_min_score) } } : {}),
  ...(row.updated_by !== null ? { updatedBy: row.updated_by } : {}),
  updatedAt: Number(row.updated_at),
});

const toRelease = (row: GraphReleasesTable): Release => ({
  id: row.id,
  alias: row.alias,
  ...(row.version !== null ? { version: Number(row.version) } : {}),
  ...(row.from_version !== null ? { fromVersion: Number(row.from_version) } : {}),
  ...(row.user_id !== null ? { userId: row.user_id } : {}),
  ...(row.evaluation_id !== null ? { evaluationId: row.evaluation_id } : {}),
  ...(row.note !== null ? { note: row.note } : {}),
  createdAt: Number(row.created_at),
});

/** An alias move to record: the new version (or none, to remove it) and why it was allowed. */
export interface AliasMove {
  version: number | undefined;
  /** Undefined keeps the gate the alias has; null removes it. */
  gate?: ReleaseGate | null | undefined;
  userId: string;
  evaluationId?: string | undefined;
  note?: string | undefined;
}

/**
 * The aliases of agents and their history. Callers check that the agent is the workspace's (the routes'
 * one authorization check does); the engine resolves an alias only within the run's workspace.
 */
export class ReleasesRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {}

  async aliases(graphId: string): Promise<GraphAlias[]> {
    const rows = await this.db.selectFrom('graph_aliases').selectAll().where('graph_id', '=', graphId).orderBy('name').execute();
    return rows.map(toAlias);
  }

  async alias(graphId: string, name: string): Promise<GraphAlias | undefined> {
    const row = await this.db.selectFrom('graph_aliases').selectAll().where('graph_id', '=', graphId).where('name', '=', name).executeTakeFirst();
    return row && toAlias(row);
  }

  /** The aliases whose gate evaluates on this dataset: it must stay while they need it. */
  async gatedBy(datasetId: string): Promise<{ graphId: string; name: string }[]> {
    const rows = await this.db.selectFrom('graph_aliases').select(['graph_id', 'name']).where('gate_dataset_id', '=', datasetId).execute();
    return rows.map((row) => ({ graphId: row.graph_id, name: row.name }));
  }

  /** Whether the alias ever pointed at this version: moving it back there is a rollback. */
  async hadVersion(graphId: string, name: string, version: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('graph_releases')
      .select('id')
      .where('graph_id', '=', graphId)
      .where('alias', '=', name)
      .where('version', '=', version)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Moves (or makes, or with no version removes) an alias and records the move, in one transaction. */
  async move(graphId: string, name: string, move: AliasMove): Promise<{ alias?: GraphAlias; release: Release }> {
    // Through the lookups: the graphs repository keeps aliases' versions for the runs that ask.
    return this.lookups.writing(() =>
      this.db.transaction().execute(async (tx) => {
        const before = await tx.selectFrom('graph_aliases').selectAll().where('graph_id', '=', graphId).where('name', '=', name).executeTakeFirst();
        const now = Date.now();
        let alias: GraphAliasesTable | undefined;
        if (move.version === undefined) {
          await tx.deleteFrom('graph_aliases').where('graph_id', '=', graphId).where('name', '=', name).execute();
        } else {
          const gate =
            move.gate === undefined
              ? before && before.gate_dataset_id !== null
                ? { datasetId: before.gate_dataset_id, minScore: Number(before.gate_min_score) }
                : null
              : move.gate;
          alias = {
            graph_id: graphId,
            name,
            version: move.version,
            gate_dataset_id: gate?.datasetId ?? null,
            gate_min_score: gate?.minScore ?? null,
            updated_by: move.userId,
            updated_at: now,
          };
          const { graph_id: _g, name: _n, ...changes } = alias;
          await tx
            .insertInto('graph_aliases')
            .values(alias)
            .onConflict((oc) => oc.columns(['graph_id', 'name']).doUpdateSet(changes))
            .execute();
        }
        const release: GraphReleasesTable = {
          id: randomUUID(),
          graph_id: graphId,
          alias: name,
          version: move.version ?? null,
          from_version: before ? Number(before.version) : null,
          user_id: move.userId,
          evaluation_id: move.evaluationId ?? null,
          note: move.note ?? null,
          created_at: now,
        };
        await tx.insertInto('graph_releases').values(release).execute();
        return { ...(alias ? { alias: toAlias(alias) } : {}), release: toRelease(release) };
      }),
    );
  }

  /** The agent's alias moves, newest first. */
  async history(graphId: string, limit: number): Promise<Release[]> {
    const rows = await this.db
      .selectFrom('graph_releases')
      .selectAll()
      .where('graph_id', '=', graphId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toRelease);
  }
}
