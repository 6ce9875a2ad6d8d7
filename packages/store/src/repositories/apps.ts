import type { SpendLimit } from '@blocksmith/engine';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../unique-violation.ts';
import { fromJson, toJson } from '../json-column.ts';
import type { Owner } from '../owner.ts';
import type { AppsTable, Database } from '../schema.ts';

/** Who may open an app page: members of its workspace, anyone with its link (which carries a key), or anyone. */
export type AppAccess = 'members' | 'link' | 'public';

/** A form of the agent's inputs, or a chat (an Input `message`, an Output `reply`). */
export type AppKind = 'form' | 'chat';

/** An agent published as a page at /apps/<slug>. */
export interface App {
  id: string;
  slug: string;
  kind: AppKind;
  graphId: string;
  workspaceId: string;
  title: string;
  description: string;
  access: AppAccess;
  /** The key the link of a `link` app carries; null for other access. */
  linkKey: string | null;
  /** Runs a minute its visitors may start, all visitors together. */
  runsPerMinute: number;
  /** What its visitors' runs may spend per UTC day, together. */
  dailyBudget: SpendLimit | null;
  /** The origins whose pages may embed the app (its widget); none: no other site may frame it. */
  allowedOrigins: string[];
  publishedBy: string;
  createdAt: number;
  updatedAt: number;
}

/** What a publisher sets; the rest the platform keeps. */
export type AppSettings = Pick<App, 'slug' | 'kind' | 'title' | 'description' | 'access' | 'runsPerMinute' | 'dailyBudget' | 'allowedOrigins'>;

const toApp = (row: AppsTable): App => ({
  id: row.id,
  slug: row.slug,
  kind: row.kind as AppKind,
  graphId: row.graph_id,
  workspaceId: row.workspace_id,
  title: row.title,
  description: row.description,
  access: row.access as AppAccess,
  linkKey: row.link_key,
  runsPerMinute: Number(row.runs_per_minute),
  dailyBudget: fromJson<SpendLimit | null>(row.daily_budget),
  allowedOrigins: fromJson<string[]>(row.allowed_origins),
  publishedBy: row.published_by,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** The slug is taken by another agent's app (the column is unique). */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The address /apps/${slug} is taken; choose another.`);
  }
}

/**
 * App pages and what their visitors did: the runs they started and the files they uploaded, each tied to a
 * hash of the visitor's cookie (never the cookie itself).
 */
export class AppsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Publishes the agent (or changes its app, publishing it as `owner`); `linkKey` is kept unless a new one is given. */
  async publish(owner: Owner, graphId: string, settings: AppSettings, linkKey: string | null | undefined): Promise<App> {
    const now = Date.now();
    const existing = await this.ofGraph(owner.workspaceId, graphId);
    const key = settings.access !== 'link' ? null : (linkKey ?? existing?.linkKey ?? null);
    const columns = {
      slug: settings.slug,
      kind: settings.kind,
      title: settings.title,
      description: settings.description,
      access: settings.access,
      link_key: key,
      runs_per_minute: settings.runsPerMinute,
      daily_budget: settings.dailyBudget ? toJson(settings.dailyBudget) : null,
      allowed_origins: toJson(settings.allowedOrigins),
      updated_at: now,
    };
    try {
      if (existing) {
        // Whoever saves the app publishes it: its runs act for them from now on.
        await this.db
          .updateTable('apps')
          .set({ ...columns, published_by: owner.userId })
          .where('id', '=', existing.id)
          .execute();
      } else {
        await this.db
          .insertInto('apps')
          .values({ ...columns, id: randomUUID(), graph_id: graphId, workspace_id: owner.workspaceId, published_by: owner.userId, created_at: now })
          .execute();
      }
    } catch (error) {
      if (isUniqueViolation(error)) throw new SlugTakenError(settings.slug);
      throw error;
    }
    return (await this.ofGraph(owner.workspaceId, graphId))!;
  }

  async ofGraph(workspaceId: string, graphId: string): Promise<App | undefined> {
    const row = await this.db.selectFrom('apps').selectAll().where('graph_id', '=', graphId).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return row && toApp(row);
  }

  async bySlug(slug: string): Promise<App | undefined> {
    const row = await this.db.selectFrom('apps').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toApp(row);
  }

  async byId(id: string): Promise<App | undefined> {
    const row = await this.db.selectFrom('apps').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toApp(row);
  }

  /** Takes the page down: its address stops working; the runs its visitors started stay with the agent. */
  async unpublish(workspaceId: string, graphId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('apps').where('graph_id', '=', graphId).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async recordRun(appId: string, visitorHash: string, runId: string, at: number): Promise<void> {
    await this.db.insertInto('app_runs').values({ run_id: runId, app_id: appId, visitor_hash: visitorHash, created_at: at }).execute();
  }

  /** Runs its visitors started, or files they uploaded, since `since`, all visitors together: the per-minute limit counts these. */
  async madeSince(what: 'runs' | 'uploads', appId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom(what === 'runs' ? 'app_runs' : 'app_uploads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('app_id', '=', appId)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** One visitor's runs of the app, newest first. */
  async visitorRuns(appId: string, visitorHash: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('app_runs')
      .select('run_id')
      .where('app_id', '=', appId)
      .where('visitor_hash', '=', visitorHash)
      .orderBy('created_at', 'desc')
      .orderBy('run_id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => row.run_id);
  }

  async isVisitorRun(appId: string, visitorHash: string, runId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('app_runs')
      .select('run_id')
      .where('run_id', '=', runId)
      .where('app_id', '=', appId)
      .where('visitor_hash', '=', visitorHash)
      .executeTakeFirst();
    return row !== undefined;
  }

  async recordUpload(appId: string, visitorHash: string, fileId: string): Promise<void> {
    await this.db.insertInto('app_uploads').values({ file_id: fileId, app_id: appId, visitor_hash: visitorHash, created_at: Date.now() }).execute();
  }

  /** Which of these files the visitor uploaded to the app. */
  async visitorUploads(appId: string, visitorHash: string, fileIds: readonly string[]): Promise<Set<string>> {
    if (fileIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('app_uploads')
      .select('file_id')
      .where('app_id', '=', appId)
      .where('visitor_hash', '=', visitorHash)
      .where('file_id', 'in', fileIds)
      .execute();
    return new Set(rows.map((row) => row.file_id));
  }

  /** What the app's visitors' runs spent since `since` (model cost and tokens), for its daily budget. */
  async spendSince(appId: string, since: number, exceptRun?: string): Promise<{ costUsd: number; tokens: number }> {
    let query = this.db
      .selectFrom('app_runs')
      .innerJoin('graph_runs', 'graph_runs.id', 'app_runs.run_id')
      .select((eb) => [eb.fn.sum<number>('graph_runs.cost_usd').as('cost'), eb.fn.sum<number>('graph_runs.tokens').as('tokens')])
      .where('app_runs.app_id', '=', appId)
      .where('app_runs.created_at', '>=', since);
    if (exceptRun !== undefined) query = query.where('app_runs.run_id', '!=', exceptRun);
    const row = await query.executeTakeFirst();
    return { costUsd: Number(row?.cost ?? 0), tokens: Number(row?.tokens ?? 0) };
  }
}
