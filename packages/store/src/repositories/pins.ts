import type { PinnedOutputs } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../json-column.ts';
import type { Database } from '../schema.ts';

/** Outputs pinned on one node of an agent. */
export interface NodePin {
  nodeId: string;
  outputs: PinnedOutputs;
  /** The run whose values were pinned; absent when typed by hand. */
  fromRunId?: string;
  updatedAt: number;
}

/**
 * The outputs pinned on agents' nodes in the editor. They belong to the agent, not to a version: every
 * version the editor runs uses them, and none carries them (a released version or an export never has
 * test data in it). The agent's owner is checked on every read and write.
 */
export class PinsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The agent's pins; undefined when it is not the user's. */
  async list(workspaceId: string, graphId: string): Promise<NodePin[] | undefined> {
    if (!(await this.owned(workspaceId, graphId))) return undefined;
    const rows = await this.db.selectFrom('graph_pins').selectAll().where('graph_id', '=', graphId).orderBy('node_id').execute();
    return rows.map((row) => ({
      nodeId: row.node_id,
      outputs: fromJson<PinnedOutputs>(row.outputs),
      ...(row.from_run_id !== null ? { fromRunId: row.from_run_id } : {}),
      updatedAt: Number(row.updated_at),
    }));
  }

  /** Pins (or re-pins) outputs on a node; false when the agent is not the user's. */
  async set(workspaceId: string, graphId: string, pin: Omit<NodePin, 'updatedAt'>): Promise<NodePin | undefined> {
    if (!(await this.owned(workspaceId, graphId))) return undefined;
    const updatedAt = Date.now();
    const values = { outputs: toJson(pin.outputs), from_run_id: pin.fromRunId ?? null, updated_at: updatedAt };
    await this.db
      .insertInto('graph_pins')
      .values({ graph_id: graphId, node_id: pin.nodeId, ...values })
      .onConflict((oc) => oc.columns(['graph_id', 'node_id']).doUpdateSet(values))
      .execute();
    return { ...pin, updatedAt };
  }

  /** Unpins a node; false when it had no pin (or the agent is not the user's). */
  async delete(workspaceId: string, graphId: string, nodeId: string): Promise<boolean> {
    if (!(await this.owned(workspaceId, graphId))) return false;
    const result = await this.db.deleteFrom('graph_pins').where('graph_id', '=', graphId).where('node_id', '=', nodeId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** How many nodes of the agent have pins. */
  async count(graphId: string): Promise<number> {
    const row = await this.db
      .selectFrom('graph_pins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('graph_id', '=', graphId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private async owned(workspaceId: string, graphId: string): Promise<boolean> {
    return (await this.db.selectFrom('graphs').select('id').where('id', '=', graphId).where('workspace_id', '=', workspaceId).executeTakeFirst()) !== undefined;
  }
}
