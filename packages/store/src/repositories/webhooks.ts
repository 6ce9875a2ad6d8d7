import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { LookupCache, LookupCaches } from '../lookup-caches.ts';
import type { Database, WebhooksTable } from '../schema.ts';

export interface Webhook {
  id: string;
  graphId: string;
  name: string;
  createdAt: number;
}

const toWebhook = (row: WebhooksTable): Webhook => ({ id: row.id, graphId: row.graph_id, name: row.name, createdAt: Number(row.created_at) });

/** Webhooks of a user's graphs; the secret token is known only by its hash. */
export class WebhooksRepository {
  private readonly targets: LookupCache<{ webhookId: string; userId: string; graphId: string }>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {
    this.targets = lookups.create();
  }

  async create(userId: string, graphId: string, name: string, tokenHash: string): Promise<Webhook> {
    const row: WebhooksTable = { id: randomUUID(), user_id: userId, graph_id: graphId, name, token_hash: tokenHash, created_at: Date.now() };
    await this.db.insertInto('webhooks').values(row).execute();
    return toWebhook(row);
  }

  async list(userId: string, graphId: string): Promise<Webhook[]> {
    const rows = await this.db.selectFrom('webhooks').selectAll().where('user_id', '=', userId).where('graph_id', '=', graphId).orderBy('created_at').execute();
    return rows.map(toWebhook);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.lookups.writing(() => this.db.deleteFrom('webhooks').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst());
    return Number(result.numDeletedRows) > 0;
  }

  /** The owner and graph a token starts, if the token is known. */
  async resolve(tokenHash: string): Promise<{ webhookId: string; userId: string; graphId: string } | undefined> {
    return this.targets.get(tokenHash, async () => {
      const row = await this.db.selectFrom('webhooks').select(['id', 'user_id', 'graph_id']).where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && { webhookId: row.id, userId: row.user_id, graphId: row.graph_id };
    });
  }
}
