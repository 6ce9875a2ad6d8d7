import type { Kysely } from 'kysely';
import type { Owner } from '../owner.ts';
import type { Database } from '../schema.ts';

/** The kinds of things the API finds by id, and the table each lives in. */
export const RESOURCE_TABLES = {
  graph: 'graphs',
  run: 'graph_runs',
  file: 'files',
  webhook: 'webhooks',
  credential: 'credentials',
  preset: 'presets',
  schedule: 'schedules',
  messageTrigger: 'message_triggers',
  review: 'reviews',
  copilotSession: 'copilot_sessions',
  copilotMemory: 'copilot_memories',
  dataset: 'datasets',
  evaluation: 'evaluations',
  dataTable: 'data_tables',
  knowledgeBase: 'knowledge_bases',
} as const satisfies Record<string, keyof Database>;

export type ResourceKind = keyof typeof RESOURCE_TABLES;

/** Whose a thing is — its workspace and the member who made it — for the one authorization check of the API. */
export class ResourceOwners {
  constructor(private readonly db: Kysely<Database>) {}

  /** Undefined when there is no such thing (or it belongs to no workspace, like a run of the command line). */
  async of(kind: ResourceKind, id: string): Promise<(Partial<Owner> & { workspaceId: string }) | undefined> {
    const row = await this.db.selectFrom(RESOURCE_TABLES[kind]).select(['workspace_id', 'user_id']).where('id', '=', id).executeTakeFirst();
    if (!row?.workspace_id) return undefined;
    return { workspaceId: row.workspace_id, ...(row.user_id !== null ? { userId: row.user_id } : {}) };
  }
}
