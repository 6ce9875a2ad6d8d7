import type { RunTrigger } from '@blocksmith/engine';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { fromJson, toJson } from '../json-column.ts';
import type { Database, NotificationsTable } from '../schema.ts';

export type NotificationKind = 'run_failed' | 'review_waiting' | 'fire_failed' | 'budget_reached';

export interface Notification {
  id: string;
  workspaceId: string | null;
  kind: NotificationKind;
  /** The agent it is about. */
  subject: string;
  title: string;
  body: string;
  link: string;
  /** How many events it stands for (a digest). */
  count: number;
  createdAt: number;
  updatedAt: number;
  readAt: number | null;
  deliveredAt: number | null;
}

export interface NotificationSettings {
  email: boolean;
  webhookUrl: string | null;
  mutedAgents: string[];
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { email: false, webhookUrl: null, mutedAgents: [] };

/** Something a person may be told of, not told of yet. */
export interface NotifiableEvent {
  source: 'run' | 'review' | 'fire';
  sourceId: string;
  at: number;
  userId: string;
  workspaceId: string | null;
  graphId: string;
  graphName: string;
  /** The run's error, the review's message, the fire's error. */
  detail: string;
  runId: string | null;
  trigger: RunTrigger | undefined;
}

export type NewNotification = Pick<Notification, 'workspaceId' | 'kind' | 'subject' | 'title' | 'body' | 'link'> & { userId: string };

const toNotification = (row: NotificationsTable): Notification => ({
  id: row.id,
  workspaceId: row.workspace_id,
  kind: row.kind as NotificationKind,
  subject: row.subject,
  title: row.title,
  body: row.body,
  link: row.link,
  count: Number(row.count),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  readAt: row.read_at === null ? null : Number(row.read_at),
  deliveredAt: row.delivered_at === null ? null : Number(row.delivered_at),
});

/** What people are told, each event once, grouped per agent and kind while a digest window is open. */
export class NotificationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Failed top-level runs, pending reviews and failed schedule fires since `since` that no server has told of yet: oldest first, `limit` of each. */
  async untold(since: number, limit: number): Promise<NotifiableEvent[]> {
    const runs = await this.db
      .selectFrom('graph_runs as r')
      .leftJoin('notification_events as e', (join) => join.on('e.source', '=', 'run').onRef('e.source_id', '=', 'r.id').on('e.at', '=', 0))
      .select(['r.id', 'r.user_id', 'r.workspace_id', 'r.graph_id', 'r.graph_name', 'r.error', 'r.trigger', 'r.ended_at'])
      .where('r.status', '=', 'FAILED')
      .where('r.parent_run_id', 'is', null)
      .where('r.ended_at', '>', since)
      .where('r.user_id', 'is not', null)
      .where('r.graph_id', 'is not', null)
      .where('e.source', 'is', null)
      .orderBy('r.ended_at')
      .limit(limit)
      .execute();
    const reviews = await this.db
      .selectFrom('reviews as v')
      .innerJoin('graph_runs as r', 'r.id', 'v.run_id')
      .leftJoin('notification_events as e', (join) => join.on('e.source', '=', 'review').onRef('e.source_id', '=', 'v.id').on('e.at', '=', 0))
      .select(['v.id', 'v.message', 'v.created_at', 'r.id as run_id', 'r.user_id', 'r.workspace_id', 'r.graph_id', 'r.graph_name', 'r.trigger'])
      .where('v.status', '=', 'pending')
      .where('v.created_at', '>', since)
      .where('r.user_id', 'is not', null)
      .where('r.graph_id', 'is not', null)
      .where('e.source', 'is', null)
      .orderBy('v.created_at')
      .limit(limit)
      .execute();
    const fires = await this.db
      .selectFrom('schedule_fires as f')
      .innerJoin('schedules as s', 's.id', 'f.schedule_id')
      .innerJoin('graphs as g', 'g.id', 's.graph_id')
      .leftJoin('notification_events as e', (join) =>
        join.on('e.source', '=', 'fire').onRef('e.source_id', '=', 'f.schedule_id').onRef('e.at', '=', 'f.fire_time'),
      )
      .select(['f.schedule_id', 'f.fire_time', 'f.error', 's.user_id', 's.workspace_id', 's.graph_id', 's.name', 'g.name as graph_name'])
      .where('f.outcome', '=', 'failed')
      .where('f.created_at', '>', since)
      .where('e.source', 'is', null)
      .orderBy('f.created_at')
      .limit(limit)
      .execute();
    const trigger = (text: string | null) => (text === null ? undefined : (JSON.parse(text) as RunTrigger));
    return [
      ...runs.map((r) => ({
        source: 'run' as const,
        sourceId: r.id,
        at: 0,
        userId: r.user_id!,
        workspaceId: r.workspace_id,
        graphId: r.graph_id!,
        graphName: r.graph_name,
        detail: r.error ?? 'The run failed.',
        runId: r.id,
        trigger: trigger(r.trigger),
      })),
      ...reviews.map((v) => ({
        source: 'review' as const,
        sourceId: v.id,
        at: 0,
        userId: v.user_id!,
        workspaceId: v.workspace_id,
        graphId: v.graph_id!,
        graphName: v.graph_name,
        detail: v.message,
        runId: v.run_id,
        trigger: trigger(v.trigger),
      })),
      ...fires.map((f) => ({
        source: 'fire' as const,
        sourceId: f.schedule_id,
        at: Number(f.fire_time),
        userId: f.user_id,
        workspaceId: f.workspace_id,
        graphId: f.graph_id,
        graphName: f.graph_name,
        detail: `Schedule "${f.name}": ${f.error ?? 'the run could not start.'}`,
        runId: null,
        trigger: undefined,
      })),
    ];
  }

  /** Takes the event for this server: true when no one told of it before. */
  async claim(event: Pick<NotifiableEvent, 'source' | 'sourceId' | 'at'>, now: number): Promise<boolean> {
    const inserted = await this.db
      .insertInto('notification_events')
      .values({ source: event.source, source_id: event.sourceId, at: event.at, created_at: now })
      .onConflict((oc) => oc.columns(['source', 'source_id', 'at']).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Tells a person: the agent's notification of this kind whose digest window opened after `windowSince` and
   * is not delivered yet counts one more (with the latest title and body, unread again); otherwise a new one.
   * Two servers telling at once may both find none and both add one: the later one (by creation, then id)
   * then folds itself into the earlier, so a window keeps one notification, and every event counts once.
   */
  async notify(notification: NewNotification, now: number, windowSince: number): Promise<Notification> {
    for (;;) {
      const open = await this.openDigests(notification, windowSince);
      if (open[0]) {
        const counted = await this.db
          .updateTable('notifications')
          .set({ count: sql`count + 1`, title: notification.title, body: notification.body, link: notification.link, updated_at: now, read_at: null })
          .where('id', '=', open[0].id)
          .where('delivered_at', 'is', null)
          .executeTakeFirst();
        // Folded away or delivered between the read and the update: look again.
        if (Number(counted.numUpdatedRows) === 0) continue;
        return toNotification(await this.db.selectFrom('notifications').selectAll().where('id', '=', open[0].id).executeTakeFirstOrThrow());
      }
      const row: NotificationsTable = {
        id: randomUUID(),
        user_id: notification.userId,
        workspace_id: notification.workspaceId,
        kind: notification.kind,
        subject: notification.subject,
        title: notification.title,
        body: notification.body,
        link: notification.link,
        count: 1,
        created_at: now,
        updated_at: now,
        read_at: null,
        delivered_at: null,
        delivery: null,
      };
      await this.db.insertInto('notifications').values(row).execute();
      const first = (await this.openDigests(notification, windowSince))[0];
      if (!first || first.id === row.id) return toNotification(row);
      const folded = await this.db.deleteFrom('notifications').where('id', '=', row.id).returning('count').executeTakeFirst();
      if (folded) {
        await this.db
          .updateTable('notifications')
          .set({
            count: sql`count + ${Number(folded.count)}`,
            title: notification.title,
            body: notification.body,
            link: notification.link,
            updated_at: now,
            read_at: null,
          })
          .where('id', '=', first.id)
          .execute();
      }
      return toNotification(await this.db.selectFrom('notifications').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow());
    }
  }

  /** A person's undelivered notifications of this agent and kind in the open window, the earliest first: the first is the one that counts. */
  private openDigests(notification: NewNotification, windowSince: number): Promise<{ id: string }[]> {
    return this.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', notification.userId)
      .where('kind', '=', notification.kind)
      .where('subject', '=', notification.subject)
      .where('delivered_at', 'is', null)
      .where('created_at', '>=', windowSince)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
  }

  /** A person's notifications, the latest first. */
  async list(userId: string, { unreadOnly, limit }: { unreadOnly: boolean; limit: number }): Promise<Notification[]> {
    let query = this.db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    return (await query.orderBy('updated_at', 'desc').orderBy('id').limit(limit).execute()).map(toNotification);
  }

  async unread(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Marks the person's notifications read: these, or (undefined) all. */
  async markRead(userId: string, ids: readonly string[] | undefined, now: number): Promise<void> {
    let query = this.db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids !== undefined) {
      if (ids.length === 0) return;
      query = query.where('id', 'in', ids);
    }
    await query.execute();
  }

  /** Notifications whose digest window closed before `closedBefore` and that no server has delivered: oldest first. */
  async undelivered(closedBefore: number, limit: number): Promise<(Notification & { userId: string })[]> {
    const rows = await this.db
      .selectFrom('notifications')
      .selectAll()
      .where('delivered_at', 'is', null)
      .where('created_at', '<', closedBefore)
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...toNotification(row), userId: row.user_id }));
  }

  /** Takes a notification to deliver for this server: true when no one took it. */
  async takeForDelivery(id: string, now: number): Promise<boolean> {
    const taken = await this.db
      .updateTable('notifications')
      .set({ delivered_at: now })
      .where('id', '=', id)
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) > 0;
  }

  /** How each channel took it ("sent", or what went wrong). */
  async recordDelivery(id: string, delivery: Record<string, string>): Promise<void> {
    await this.db
      .updateTable('notifications')
      .set({ delivery: toJson(delivery) })
      .where('id', '=', id)
      .execute();
  }

  async delivery(id: string): Promise<Record<string, string> | undefined> {
    const row = await this.db.selectFrom('notifications').select('delivery').where('id', '=', id).executeTakeFirst();
    return row?.delivery ? fromJson<Record<string, string>>(row.delivery) : undefined;
  }

  async settings(userId: string): Promise<NotificationSettings> {
    const row = await this.db.selectFrom('notification_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? { email: Boolean(row.email), webhookUrl: row.webhook_url, mutedAgents: fromJson<string[]>(row.muted_agents) } : DEFAULT_NOTIFICATION_SETTINGS;
  }

  async saveSettings(userId: string, settings: NotificationSettings): Promise<void> {
    const columns = { email: settings.email ? 1 : 0, webhook_url: settings.webhookUrl, muted_agents: toJson(settings.mutedAgents) };
    await this.db
      .insertInto('notification_settings')
      .values({ user_id: userId, ...columns })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(columns))
      .execute();
  }
}
