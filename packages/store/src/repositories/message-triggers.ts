import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Owner } from '../owner.ts';
import type { Database, MessageTriggersTable } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

export type MessageBroker = 'amqp' | 'mqtt' | 'nats' | 'redis';

/** What its consumer last found: it listens, or it fails (and why). Absent until a consumer has tried. */
export type MessageTriggerStatus = 'listening' | 'failing';

export interface MessageTrigger {
  id: string;
  workspaceId: string;
  /** The member who made it: its runs act for them. */
  userId: string;
  graphId: string;
  name: string;
  broker: MessageBroker;
  credentialId: string;
  /** What it consumes: a queue (AMQP), a topic filter (MQTT), a subject (NATS JetStream) or a stream key (Redis). */
  source: string;
  /** The Input block each message goes to. */
  input: string;
  /** The rest of each run's inputs come from this preset. */
  presetId?: string;
  /** Runs run the version this alias points at; absent, the production alias's when the agent has one, else the latest. */
  alias?: string;
  enabled: boolean;
  status?: MessageTriggerStatus;
  problem?: string;
  lastRunId?: string;
  lastMessageAt?: number;
  createdAt: number;
  updatedAt: number;
}

export type MessageTriggerFields = Pick<MessageTrigger, 'name' | 'broker' | 'credentialId' | 'source' | 'input' | 'enabled'> & {
  presetId?: string | undefined;
  alias?: string | undefined;
};

const toTrigger = (row: MessageTriggersTable): MessageTrigger => ({
  id: row.id,
  workspaceId: row.workspace_id,
  userId: row.user_id,
  graphId: row.graph_id,
  name: row.name,
  broker: row.broker as MessageBroker,
  credentialId: row.credential_id,
  source: row.source,
  input: row.input,
  ...(row.preset_id !== null ? { presetId: row.preset_id } : {}),
  ...(row.alias !== null ? { alias: row.alias } : {}),
  enabled: row.enabled === 1,
  ...(row.status !== null ? { status: row.status as MessageTriggerStatus } : {}),
  ...(row.problem !== null ? { problem: row.problem } : {}),
  ...(row.last_run_id !== null ? { lastRunId: row.last_run_id } : {}),
  ...(row.last_message_at !== null ? { lastMessageAt: Number(row.last_message_at) } : {}),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const columnsOf = (fields: Partial<MessageTriggerFields>) => ({
  ...(fields.name !== undefined ? { name: fields.name } : {}),
  ...(fields.broker !== undefined ? { broker: fields.broker } : {}),
  ...(fields.credentialId !== undefined ? { credential_id: fields.credentialId } : {}),
  ...(fields.source !== undefined ? { source: fields.source } : {}),
  ...(fields.input !== undefined ? { input: fields.input } : {}),
  ...('presetId' in fields ? { preset_id: fields.presetId ?? null } : {}),
  ...('alias' in fields ? { alias: fields.alias ?? null } : {}),
  ...(fields.enabled !== undefined ? { enabled: fields.enabled ? 1 : 0 } : {}),
});

/**
 * Message triggers of a workspace's agents. Reads and writes for people are scoped to the workspace;
 * the consumers' (`enabled`, `hold`, `release`, `report`) see every workspace's.
 */
export class MessageTriggersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(owner: Owner, graphId: string, fields: MessageTriggerFields): Promise<MessageTrigger> {
    const now = Date.now();
    const row: MessageTriggersTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      graph_id: graphId,
      ...{ name: fields.name, broker: fields.broker, credential_id: fields.credentialId, source: fields.source, input: fields.input },
      preset_id: fields.presetId ?? null,
      alias: fields.alias ?? null,
      enabled: fields.enabled ? 1 : 0,
      held_by: null,
      held_until: null,
      status: null,
      problem: null,
      last_run_id: null,
      last_message_at: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('message_triggers').values(row).execute();
    return toTrigger(row);
  }

  /** A workspace's message triggers, of one agent or of all. */
  async list(workspaceId: string, graphId?: string): Promise<MessageTrigger[]> {
    let query = this.db.selectFrom('message_triggers').selectAll().where('workspace_id', '=', workspaceId);
    if (graphId !== undefined) query = query.where('graph_id', '=', graphId);
    return (await query.orderBy('created_at').execute()).map(toTrigger);
  }

  async get(workspaceId: string, id: string): Promise<MessageTrigger | undefined> {
    const row = await this.db.selectFrom('message_triggers').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toTrigger(row);
  }

  /** Changes fields; what its consumer found is forgotten, since it no longer describes this setup. */
  async update(workspaceId: string, id: string, fields: Partial<MessageTriggerFields>): Promise<MessageTrigger | undefined> {
    await this.db
      .updateTable('message_triggers')
      .set({ ...columnsOf(fields), status: null, problem: null, updated_at: Date.now() })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
    return this.get(workspaceId, id);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return deleteOwned(this.db, 'message_triggers', workspaceId, id);
  }

  /** Every workspace's enabled triggers: what the consumers should be listening to. */
  async enabled(): Promise<MessageTrigger[]> {
    return (await this.db.selectFrom('message_triggers').selectAll().where('enabled', '=', 1).execute()).map(toTrigger);
  }

  /**
   * Takes or renews `holder`'s hold on the triggers among `ids` that no one else holds (or whose holder let
   * its hold lapse), until `until`; answers the ids it holds now. One statement, so two processes asking at
   * once cannot both win a trigger.
   */
  async hold(ids: string[], holder: string, now: number, until: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    await this.db
      .updateTable('message_triggers')
      .set({ held_by: holder, held_until: until })
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('held_by', 'is', null), eb('held_by', '=', holder), eb('held_until', '<', now)]))
      .execute();
    const rows = await this.db.selectFrom('message_triggers').select('id').where('id', 'in', ids).where('held_by', '=', holder).execute();
    return new Set(rows.map((r) => r.id));
  }

  /** Lets go of these triggers (a consumer stopping), so another process takes them at once. */
  async release(ids: string[], holder: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('message_triggers').set({ held_by: null, held_until: null }).where('id', 'in', ids).where('held_by', '=', holder).execute();
  }

  /**
   * What the consumer found: listening, failing with a problem, or a message that started a run. A run
   * clears a failure's problem but keeps a note left while listening (a message refused), so the next
   * message does not hide it.
   */
  async report(
    id: string,
    report: { status: MessageTriggerStatus; problem?: string | undefined; runId?: string | undefined; at?: number | undefined },
  ): Promise<void> {
    await this.db
      .updateTable('message_triggers')
      .set((eb) => ({
        status: report.status,
        problem:
          report.problem !== undefined
            ? report.problem
            : report.runId !== undefined
              ? eb.case().when('status', '=', 'failing').then(null).else(eb.ref('problem')).end()
              : null,
        ...(report.runId !== undefined ? { last_run_id: report.runId, last_message_at: report.at ?? Date.now() } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }
}
