import type { Owner } from '../owner.ts';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { fromJson, toJson } from '../json-column.ts';
import type { LookupCache, LookupCaches } from '../lookup-caches.ts';
import type { Database, WebhooksTable } from '../schema.ts';
import { deleteOwned } from './owned-rows.ts';

export interface Webhook {
  id: string;
  graphId: string;
  name: string;
  createdAt: number;
  /** Runs start from this preset's inputs. */
  presetId?: string;
  /** Calls must carry a signature in this header: `sha256=<HMAC-SHA256 of the body>` (GitHub's X-Hub-Signature-256), Slack's or Stripe's. */
  signatureHeader?: string;
  /** How the signature is made: GitHub's scheme, Slack's or Stripe's. */
  signatureScheme?: SignatureScheme;
  /** Present when the run gets the whole request as its `request` input (with these headers), instead of the body's keys as inputs. */
  request?: { headers: string[] };
  /** Runs run the version this alias points at; absent, the production alias's when the agent has one, else the latest. */
  alias?: string;
}

/** How a sender signs its calls: GitHub's X-Hub-Signature-256, Slack's v0 signature, or Stripe's Stripe-Signature. */
export const SIGNATURE_SCHEMES = ['github', 'slack', 'stripe'] as const;
export type SignatureScheme = (typeof SIGNATURE_SCHEMES)[number];

export interface WebhookSignature {
  header: string;
  encryptedSecret: string;
  scheme: SignatureScheme;
}

/** How a webhook is set up; the signature secret arrives encrypted and never leaves the store again except to the trigger. */
export interface WebhookOptions {
  presetId?: string | undefined;
  signature?: WebhookSignature | undefined;
  request?: { headers: string[] } | undefined;
  alias?: string | undefined;
}

/** What a call to a webhook's URL needs to start its run. */
export interface WebhookTarget {
  webhookId: string;
  workspaceId: string;
  /** The member who made it: its runs act for them. */
  userId: string;
  graphId: string;
  presetId?: string;
  signature?: WebhookSignature;
  request?: { headers: string[] };
  alias?: string;
}

const requestOf = (row: WebhooksTable): { request?: { headers: string[] } } =>
  row.pass_headers === null ? {} : { request: { headers: fromJson<string[]>(row.pass_headers) } };

const toWebhook = (row: WebhooksTable): Webhook => ({
  id: row.id,
  graphId: row.graph_id,
  name: row.name,
  createdAt: Number(row.created_at),
  ...(row.preset_id !== null ? { presetId: row.preset_id } : {}),
  ...(row.signature_header !== null ? { signatureHeader: row.signature_header, signatureScheme: schemeOf(row) } : {}),
  ...requestOf(row),
  ...(row.alias !== null ? { alias: row.alias } : {}),
});

/** A row keeps no scheme for GitHub's, the first there was. */
const schemeOf = (row: WebhooksTable): SignatureScheme => SIGNATURE_SCHEMES.find((scheme) => scheme === row.signature_scheme) ?? 'github';

/** Webhooks of a user's graphs; the secret token is known only by its hash. */
export class WebhooksRepository {
  private readonly targets: LookupCache<WebhookTarget>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly lookups: LookupCaches,
  ) {
    this.targets = lookups.create();
  }

  async create(owner: Owner, graphId: string, name: string, tokenHash: string, options: WebhookOptions = {}): Promise<Webhook> {
    const row: WebhooksTable = {
      id: randomUUID(),
      workspace_id: owner.workspaceId,
      user_id: owner.userId,
      graph_id: graphId,
      name,
      token_hash: tokenHash,
      created_at: Date.now(),
      preset_id: options.presetId ?? null,
      signature_header: options.signature?.header ?? null,
      signature_secret: options.signature?.encryptedSecret ?? null,
      signature_scheme: options.signature && options.signature.scheme !== 'github' ? options.signature.scheme : null,
      pass_headers: options.request ? toJson(options.request.headers) : null,
      alias: options.alias ?? null,
    };
    await this.db.insertInto('webhooks').values(row).execute();
    return toWebhook(row);
  }

  async list(workspaceId: string, graphId: string): Promise<Webhook[]> {
    const rows = await this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('graph_id', '=', graphId)
      .orderBy('created_at')
      .execute();
    return rows.map(toWebhook);
  }

  /** How many webhooks start each of these graphs (graphs without one are absent), in one query for a library page. */
  async countByGraph(workspaceId: string, graphIds: string[]): Promise<Map<string, number>> {
    if (graphIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('webhooks')
      .select(['graph_id', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('graph_id', 'in', graphIds)
      .groupBy('graph_id')
      .execute();
    return new Map(rows.map((row) => [row.graph_id, Number(row.n)]));
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    return this.lookups.writing(() => deleteOwned(this.db, 'webhooks', workspaceId, id));
  }

  /** The owner, graph and options a token starts, if the token is known. */
  async resolve(tokenHash: string): Promise<WebhookTarget | undefined> {
    return this.targets.get(tokenHash, async () => {
      const row = await this.db.selectFrom('webhooks').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      if (!row) return undefined;
      return {
        webhookId: row.id,
        workspaceId: row.workspace_id!,
        userId: row.user_id,
        graphId: row.graph_id,
        ...(row.preset_id !== null ? { presetId: row.preset_id } : {}),
        ...(row.signature_header !== null && row.signature_secret !== null
          ? { signature: { header: row.signature_header, encryptedSecret: row.signature_secret, scheme: schemeOf(row) } }
          : {}),
        ...requestOf(row),
        ...(row.alias !== null ? { alias: row.alias } : {}),
      };
    });
  }
}
