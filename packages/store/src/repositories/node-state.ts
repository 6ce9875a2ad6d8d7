import type { NodeStateScope, NodeStateStore } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../json-column.ts';
import type { Database } from '../schema.ts';

/** Node state in the database, for the nodes of saved agents; the agent's workspace is checked on every read and write. */
export class NodeStateRepository implements NodeStateStore {
  constructor(private readonly db: Kysely<Database>) {}

  async get(scope: NodeStateScope, key: string): Promise<unknown> {
    const graphId = this.savedAgent(scope);
    const row = await this.db
      .selectFrom('node_state as s')
      .innerJoin('graphs as g', 'g.id', 's.graph_id')
      .select('s.value')
      .where('s.graph_id', '=', graphId)
      .where('s.node_id', '=', scope.nodeId)
      .where('s.key', '=', key)
      .where('g.workspace_id', '=', scope.workspaceId ?? '')
      .executeTakeFirst();
    return row ? fromJson(row.value) : undefined;
  }

  async set(scope: NodeStateScope, key: string, value: unknown): Promise<void> {
    const graphId = this.savedAgent(scope);
    const owned = await this.db
      .selectFrom('graphs')
      .select('id')
      .where('id', '=', graphId)
      .where('workspace_id', '=', scope.workspaceId ?? '')
      .executeTakeFirst();
    if (!owned) throw new Error(`Agent ${graphId} is not of the run's workspace: node state is kept for its own agents only.`);
    const now = Date.now();
    await this.db
      .insertInto('node_state')
      .values({ graph_id: graphId, node_id: scope.nodeId, key, value: toJson(value), updated_at: now })
      .onConflict((oc) => oc.columns(['graph_id', 'node_id', 'key']).doUpdateSet({ value: toJson(value), updated_at: now }))
      .execute();
  }

  private savedAgent(scope: NodeStateScope): string {
    if (scope.graphId === undefined) throw new Error('Node state is kept for the nodes of saved agents; this run is of an unsaved graph.');
    return scope.graphId;
  }
}
