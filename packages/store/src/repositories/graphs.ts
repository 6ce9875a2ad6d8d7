import type { GraphFile, GraphStore, StoredGraph } from '@blocksmith/engine';
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { LookupCache, LookupCaches } from '../lookup-caches.ts';
import type { Owner } from '../owner.ts';
import type { Database, GraphsTable } from '../schema.ts';
import type { AgentBudget } from './spend.ts';

export interface GraphSummary {
  id: string;
  name: string;
  description: string;
  latestVersion: number;
  createdAt: number;
  updatedAt: number;
  /** Whether the agent is a tool of its owner's MCP clients. */
  mcp: boolean;
  /** Limits on the agent's model use (docs/shipping.md, Budgets). */
  budget?: AgentBudget;
  /** The agent of the same workspace that runs when one of this agent's runs fails (docs/publishing.md). */
  errorAgentId?: string;
  /** How long, and how many of, its ended runs are kept, over the deployment's settings (docs/operations.md). */
  retention?: AgentRetention;
}

/** An agent's own retention; each absent setting is the deployment's, and 0 keeps runs forever (no limit). */
export interface AgentRetention {
  maxAgeDays?: number;
  failedMaxAgeDays?: number;
  /** Its newest ended runs kept; older ones are deleted whatever their age. */
  maxRuns?: number;
}

/** A save based on a version that is no longer the latest: someone saved in between. */
export class GraphVersionConflict extends Error {
  constructor(
    readonly graphId: string,
    readonly baseVersion: number,
    readonly latestVersion: number,
  ) {
    super(`Graph ${graphId} was saved as version ${latestVersion} after version ${baseVersion}, which this save was based on.`);
    this.name = 'GraphVersionConflict';
  }
}

export interface GraphVersion {
  version: number;
  createdAt: number;
  graph: GraphFile;
}

export interface GraphListOptions {
  search?: string;
  limit: number;
  offset: number;
}

const toSummary = (row: GraphsTable): GraphSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  latestVersion: row.latest_version,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  mcp: row.mcp === 1,
  ...(row.budget !== null ? { budget: fromJson<AgentBudget>(row.budget) } : {}),
  ...(row.error_agent_id !== null ? { errorAgentId: row.error_agent_id } : {}),
  ...(row.retention !== null ? { retention: fromJson<AgentRetention>(row.retention) } : {}),
});

/**
 * Graphs and their immutable versions, always scoped to a workspace. Also the
 * engine's GraphStore, so sub-agents resolve among the run's workspace's graphs.
 */
/** Parsed versions kept in memory: a version never changes, and every run of a saved graph reads one. */
const VERSIONS_CACHED = 500;

export class GraphsRepository implements GraphStore {
  /** By `graphId@version`; shared objects, so callers must treat a version's graph as immutable. */
  private readonly versionCache = new Map<string, GraphVersion & { runnable: StoredGraph }>();

  /** Graph rows by id, for the run of a saved graph (which reads its latest version number). */
  private readonly rows: LookupCache<GraphsTable>;
  /** An alias's version, or null for no such alias: every webhook, schedule and API run of an agent asks for its production alias. */
  private readonly aliasVersions: LookupCache<{ version: number | null }>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {
    this.rows = lookups.create();
    this.aliasVersions = lookups.create();
  }

  /** Creates a graph with version 1; `graph` must already be validated. */
  async create(owner: Owner, graph: GraphFile): Promise<GraphSummary> {
    const now = Date.now();
    const row: GraphsTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      name: graph.name,
      description: graph.description ?? '',
      latest_version: 1,
      created_at: now,
      updated_at: now,
      mcp: 0,
      budget: null,
      error_agent_id: null,
      error_agent_since: null,
      retention: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('graphs').values(row).execute();
      await tx
        .insertInto('graph_versions')
        .values({ graph_id: row.id, version: 1, body: toJson(graph), created_at: now })
        .execute();
    });
    return toSummary(row);
  }

  /**
   * Saves a new version (versions are never changed); undefined when the graph is not the workspace's.
   * `baseVersion`, the version the edit started from, must still be the latest: a save over a newer
   * version throws GraphVersionConflict instead of replacing someone else's changes without a word.
   */
  async saveVersion(workspaceId: string, graphId: string, graph: GraphFile, baseVersion?: number): Promise<GraphSummary | undefined> {
    return this.lookups.writing(() =>
      this.db.transaction().execute(async (tx) => {
        const current = await tx.selectFrom('graphs').selectAll().where('id', '=', graphId).where('workspace_id', '=', workspaceId).executeTakeFirst();
        if (!current) return undefined;
        if (baseVersion !== undefined && baseVersion !== current.latest_version) throw new GraphVersionConflict(graphId, baseVersion, current.latest_version);
        const now = Date.now();
        const version = current.latest_version + 1;
        const updated = await tx
          .updateTable('graphs')
          .set({ latest_version: version, name: graph.name, description: graph.description ?? '', updated_at: now })
          .where('id', '=', graphId)
          .where('latest_version', '=', current.latest_version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new GraphVersionConflict(graphId, baseVersion ?? current.latest_version, current.latest_version + 1);
        await tx
          .insertInto('graph_versions')
          .values({ graph_id: graphId, version, body: toJson(graph), created_at: now })
          .execute();
        return toSummary({ ...current, latest_version: version, name: graph.name, description: graph.description ?? '', updated_at: now });
      }),
    );
  }

  async list(workspaceId: string, options: GraphListOptions): Promise<{ graphs: GraphSummary[]; total: number }> {
    let query = this.db.selectFrom('graphs').where('workspace_id', '=', workspaceId);
    if (options.search) {
      const pattern = `%${options.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const matches = (column: 'name' | 'description') => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
      query = query.where((eb) => eb.or([matches('name'), matches('description')]));
    }
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('updated_at', 'desc').orderBy('id').limit(options.limit).offset(options.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { graphs: rows.map(toSummary), total: Number(count.n) };
  }

  /** Every agent of every workspace, oldest first (for an operator's export). */
  async everyAgent(): Promise<{ id: string; workspaceId: string }[]> {
    const rows = await this.db.selectFrom('graphs').select(['id', 'workspace_id']).orderBy('created_at').orderBy('id').execute();
    return rows.flatMap((row) => (row.workspace_id === null ? [] : [{ id: row.id, workspaceId: row.workspace_id }]));
  }

  /** Offers the agent to the owner's MCP clients, or stops; undefined when the workspace has no such agent. */
  async setMcp(workspaceId: string, graphId: string, mcp: boolean): Promise<GraphSummary | undefined> {
    await this.lookups.writing(() =>
      this.db
        .updateTable('graphs')
        .set({ mcp: mcp ? 1 : 0 })
        .where('id', '=', graphId)
        .where('workspace_id', '=', workspaceId)
        .execute(),
    );
    return this.summary(workspaceId, graphId);
  }

  /** Names (or with undefined removes) the agent's error agent; it answers for runs that fail from now on. */
  async setErrorAgent(workspaceId: string, graphId: string, errorAgentId: string | undefined, now: number): Promise<GraphSummary | undefined> {
    await this.lookups.writing(() =>
      this.db
        .updateTable('graphs')
        .set({ error_agent_id: errorAgentId ?? null, error_agent_since: errorAgentId === undefined ? null : now })
        .where('id', '=', graphId)
        .where('workspace_id', '=', workspaceId)
        .execute(),
    );
    return this.summary(workspaceId, graphId);
  }

  /** Sets (or with undefined removes) the agent's own retention. */
  async setRetention(workspaceId: string, graphId: string, retention: AgentRetention | undefined): Promise<GraphSummary | undefined> {
    await this.lookups.writing(() =>
      this.db
        .updateTable('graphs')
        .set({ retention: retention === undefined ? null : JSON.stringify(retention) })
        .where('id', '=', graphId)
        .where('workspace_id', '=', workspaceId)
        .execute(),
    );
    return this.summary(workspaceId, graphId);
  }

  /** Every agent with its own retention, in any workspace: what a retention sweep treats apart. */
  async withRetention(): Promise<{ graphId: string; retention: AgentRetention }[]> {
    const rows = await this.db.selectFrom('graphs').select(['id', 'retention']).where('retention', 'is not', null).execute();
    return rows.map((row) => ({ graphId: row.id, retention: fromJson<AgentRetention>(row.retention!) }));
  }

  /** Sets (or with undefined removes) the agent's budget; undefined when the workspace has no such agent. */
  async setBudget(workspaceId: string, graphId: string, budget: AgentBudget | undefined): Promise<GraphSummary | undefined> {
    await this.lookups.writing(() =>
      this.db
        .updateTable('graphs')
        .set({ budget: budget === undefined ? null : toJson(budget) })
        .where('id', '=', graphId)
        .where('workspace_id', '=', workspaceId)
        .execute(),
    );
    return this.summary(workspaceId, graphId);
  }

  /** The workspace's agents offered to MCP clients, oldest first (so the older of two same-named ones keeps the plain name). */
  async mcpAgents(workspaceId: string): Promise<GraphSummary[]> {
    const rows = await this.db
      .selectFrom('graphs')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('mcp', '=', 1)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toSummary);
  }

  async summary(workspaceId: string, graphId: string): Promise<GraphSummary | undefined> {
    const row = await this.rows.get(graphId, () => this.db.selectFrom('graphs').selectAll().where('id', '=', graphId).executeTakeFirst());
    return row && row.workspace_id === workspaceId ? toSummary(row) : undefined;
  }

  /** One version (the latest when none is given) of a workspace's graph. */
  async version(
    workspaceId: string,
    graphId: string,
    version?: number,
  ): Promise<(GraphVersion & { summary: GraphSummary; runnable: StoredGraph }) | undefined> {
    const summary = await this.summary(workspaceId, graphId);
    if (!summary) return undefined;
    const wanted = version ?? summary.latestVersion;
    const key = `${graphId}@${wanted}`;
    let stored = this.versionCache.get(key);
    if (!stored) {
      const row = await this.db.selectFrom('graph_versions').selectAll().where('graph_id', '=', graphId).where('version', '=', wanted).executeTakeFirst();
      if (!row) return undefined;
      const graph = fromJson<GraphFile>(row.body);
      // One object per version, so the engine's compiled-graph cache finds it by identity.
      stored = { version: row.version, createdAt: Number(row.created_at), graph, runnable: { ...graph, id: graphId, version: row.version } };
      if (this.versionCache.size >= VERSIONS_CACHED) this.versionCache.delete(this.versionCache.keys().next().value!);
      this.versionCache.set(key, stored);
    }
    return { summary, version: stored.version, createdAt: stored.createdAt, graph: stored.graph, runnable: stored.runnable };
  }

  async versions(workspaceId: string, graphId: string): Promise<{ version: number; createdAt: number; name: string }[] | undefined> {
    if (!(await this.summary(workspaceId, graphId))) return undefined;
    const rows = await this.db
      .selectFrom('graph_versions')
      .select(['version', 'created_at', 'body'])
      .where('graph_id', '=', graphId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({ version: r.version, createdAt: Number(r.created_at), name: fromJson<GraphFile>(r.body).name }));
  }

  async delete(workspaceId: string, graphId: string): Promise<boolean> {
    return this.lookups.writing(() =>
      this.db.transaction().execute(async (tx) => {
        const owned = await tx.selectFrom('graphs').select('id').where('id', '=', graphId).where('workspace_id', '=', workspaceId).executeTakeFirst();
        if (!owned) return false;
        await tx.deleteFrom('graph_versions').where('graph_id', '=', graphId).execute();
        await tx.deleteFrom('graphs').where('id', '=', graphId).execute();
        return true;
      }),
    );
  }

  /** GraphStore for the engine: sub-graphs only resolve among the graphs of the run's workspace. */
  async getGraph(graphId: string, version?: number, workspaceId?: string): Promise<StoredGraph | undefined> {
    if (workspaceId === undefined) return undefined;
    return (await this.version(workspaceId, graphId, version))?.runnable;
  }

  /** The version an alias of the workspace's agent points at (a move of an alias clears the cache, so it counts from the next run). */
  async aliasVersion(graphId: string, alias: string, workspaceId?: string): Promise<number | undefined> {
    if (workspaceId === undefined) return undefined;
    const found = await this.aliasVersions.get(JSON.stringify([workspaceId, graphId, alias]), async () => {
      const row = await this.db
        .selectFrom('graph_aliases')
        .innerJoin('graphs', 'graphs.id', 'graph_aliases.graph_id')
        .select('graph_aliases.version')
        .where('graph_aliases.graph_id', '=', graphId)
        .where('graph_aliases.name', '=', alias)
        .where('graphs.workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return { version: row ? Number(row.version) : null };
    });
    return found?.version ?? undefined;
  }
}
