import { timeOrderedId } from '@blocksmith/engine';
import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../json-column.ts';
import type { AuditEventsTable, Database } from '../schema.ts';

export interface AuditEvent {
  id: string;
  workspaceId: string;
  at: number;
  /** `run`: a run acting for them (a credential's use). */
  actor: { id: string; email: string; via: 'session' | 'api_key' | 'run' };
  action: string;
  target?: string;
  details: Record<string, unknown>;
  ip?: string;
  userAgent?: string;
}

export interface AuditQuery {
  action?: string | undefined;
  actorId?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  /** Events older than this one (its id): the next page. */
  before?: string | undefined;
  limit: number;
}

const toEvent = (row: AuditEventsTable): AuditEvent => ({
  id: row.id,
  workspaceId: row.workspace_id,
  at: Number(row.at),
  actor: { id: row.actor_id, email: row.actor_email, via: row.via as AuditEvent['actor']['via'] },
  action: row.action,
  ...(row.target !== null ? { target: row.target } : {}),
  details: fromJson(row.details),
  ...(row.ip !== null ? { ip: row.ip } : {}),
  ...(row.user_agent !== null ? { userAgent: row.user_agent } : {}),
});

/** A workspace's audit log: events are appended, and read newest first; nothing changes or removes one (migration 0021). */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(event: Omit<AuditEvent, 'id'>): Promise<AuditEvent> {
    const row: AuditEventsTable = {
      id: timeOrderedId(),
      workspace_id: event.workspaceId,
      at: event.at,
      actor_id: event.actor.id,
      actor_email: event.actor.email,
      via: event.actor.via,
      action: event.action,
      target: event.target ?? null,
      details: toJson(event.details),
      ip: event.ip ?? null,
      user_agent: event.userAgent ?? null,
    };
    await this.db.insertInto('audit_events').values(row).execute();
    return toEvent(row);
  }

  /** A page of a workspace's events, newest first. */
  async list(workspaceId: string, query: AuditQuery): Promise<AuditEvent[]> {
    let select = this.db.selectFrom('audit_events').selectAll().where('workspace_id', '=', workspaceId);
    if (query.action !== undefined) select = select.where('action', '=', query.action);
    if (query.actorId !== undefined) select = select.where('actor_id', '=', query.actorId);
    if (query.since !== undefined) select = select.where('at', '>=', query.since);
    if (query.until !== undefined) select = select.where('at', '<', query.until);
    if (query.before !== undefined) select = select.where('id', '<', query.before);
    return (await select.orderBy('id', 'desc').limit(query.limit).execute()).map(toEvent);
  }
}
