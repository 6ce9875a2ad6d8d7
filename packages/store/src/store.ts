import { sql } from 'kysely';
import { connect, type ConnectOptions, type StoreConnection } from './connect.ts';
import { ApiKeysRepository } from './repositories/api-keys.ts';
import { RunSharesRepository } from './repositories/run-shares.ts';
import { ErrorAgentFiresRepository } from './repositories/error-agent-fires.ts';
import { AppsRepository } from './repositories/apps.ts';
import { AppConversationsRepository } from './repositories/app-conversations.ts';
import { NotificationsRepository } from './repositories/notifications.ts';
import { CopilotRepository } from './repositories/copilot.ts';
import { CopilotMemoriesRepository } from './repositories/copilot-memories.ts';
import { CredentialsRepository } from './repositories/credentials.ts';
import { FilesRepository } from './repositories/files.ts';
import { LookupCaches, type LookupPeers } from './lookup-caches.ts';
import { GraphsRepository } from './repositories/graphs.ts';
import { MemoryRepository } from './repositories/memory.ts';
import { DataTablesRepository } from './repositories/data-tables.ts';
import { KnowledgeRepository } from './repositories/knowledge.ts';
import { NodeStateRepository } from './repositories/node-state.ts';
import { PinsRepository } from './repositories/pins.ts';
import { OAuthStatesRepository } from './repositories/oauth-states.ts';
import { PresetsRepository } from './repositories/presets.ts';
import { ReviewsRepository } from './repositories/reviews.ts';
import { RunsRepository } from './repositories/runs.ts';
import { SchedulesRepository } from './repositories/schedules.ts';
import { MessageTriggersRepository } from './repositories/message-triggers.ts';
import { SessionsRepository } from './repositories/sessions.ts';
import { UsersRepository } from './repositories/users.ts';
import { WebhooksRepository } from './repositories/webhooks.ts';
import { ResourceOwners } from './repositories/resource-owners.ts';
import { AuditRepository } from './repositories/audit.ts';
import { DatasetsRepository } from './repositories/datasets.ts';
import { EvaluationsRepository } from './repositories/evaluations.ts';
import { ReleasesRepository } from './repositories/releases.ts';
import { SpendRepository } from './repositories/spend.ts';
import { WorkspaceInvitationsRepository } from './repositories/workspace-invitations.ts';
import { WorkspacesRepository } from './repositories/workspaces.ts';
import { SqlRunStore } from './sql-run-store.ts';

export interface StoreOptions {
  /** Run values larger than this (as JSON) are stored as workspace files, the run records keeping references; unset, records keep every value. */
  inlineOutputBytes?: number;
  /** Asked before every user upload is stored; throws to refuse it (the server's disk nearly full). */
  admitUpload?: () => Promise<void>;
}

/** Every repository over one connection. */
export class Store {
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly apiKeys: ApiKeysRepository;
  readonly runShares: RunSharesRepository;
  readonly errorAgentFires: ErrorAgentFiresRepository;
  readonly apps: AppsRepository;
  readonly appConversations: AppConversationsRepository;
  readonly notifications: NotificationsRepository;
  readonly graphs: GraphsRepository;
  readonly runs: RunsRepository;
  readonly files: FilesRepository;
  readonly webhooks: WebhooksRepository;
  readonly credentials: CredentialsRepository;
  readonly presets: PresetsRepository;
  readonly schedules: SchedulesRepository;
  readonly messageTriggers: MessageTriggersRepository;
  readonly reviews: ReviewsRepository;
  readonly copilot: CopilotRepository;
  readonly copilotMemories: CopilotMemoriesRepository;
  readonly nodeState: NodeStateRepository;
  readonly pins: PinsRepository;
  readonly oauthStates: OAuthStatesRepository;
  readonly memory: MemoryRepository;
  readonly dataTables: DataTablesRepository;
  readonly knowledge: KnowledgeRepository;
  readonly workspaces: WorkspacesRepository;
  readonly invitations: WorkspaceInvitationsRepository;
  readonly owners: ResourceOwners;
  readonly audit: AuditRepository;
  readonly datasets: DatasetsRepository;
  readonly evaluations: EvaluationsRepository;
  readonly releases: ReleasesRepository;
  readonly spend: SpendRepository;
  readonly runStore: SqlRunStore;
  private readonly lookups: LookupCaches;

  private constructor(
    readonly connection: StoreConnection,
    options: StoreOptions,
  ) {
    const { db } = connection;
    const lookups = (this.lookups = new LookupCaches(connection.dialect === 'sqlite'));
    this.users = new UsersRepository(db);
    this.sessions = new SessionsRepository(db);
    this.apiKeys = new ApiKeysRepository(db);
    this.runShares = new RunSharesRepository(db);
    this.errorAgentFires = new ErrorAgentFiresRepository(db);
    this.apps = new AppsRepository(db);
    this.appConversations = new AppConversationsRepository(db);
    this.notifications = new NotificationsRepository(db);
    this.graphs = new GraphsRepository(db, lookups);
    this.runs = new RunsRepository(db);
    this.files = new FilesRepository(db, options.admitUpload);
    this.webhooks = new WebhooksRepository(db, lookups);
    this.credentials = new CredentialsRepository(db);
    this.presets = new PresetsRepository(db);
    this.schedules = new SchedulesRepository(db);
    this.messageTriggers = new MessageTriggersRepository(db);
    this.reviews = new ReviewsRepository(db);
    this.copilot = new CopilotRepository(db);
    this.copilotMemories = new CopilotMemoriesRepository(db);
    this.nodeState = new NodeStateRepository(db);
    this.pins = new PinsRepository(db);
    this.oauthStates = new OAuthStatesRepository(db);
    this.memory = new MemoryRepository(db);
    this.dataTables = new DataTablesRepository(db);
    this.knowledge = new KnowledgeRepository(db);
    this.workspaces = new WorkspacesRepository(db, lookups);
    this.invitations = new WorkspaceInvitationsRepository(db);
    this.owners = new ResourceOwners(db);
    this.audit = new AuditRepository(db);
    this.datasets = new DatasetsRepository(db);
    this.evaluations = new EvaluationsRepository(db);
    this.releases = new ReleasesRepository(db, lookups);
    this.spend = new SpendRepository(db, lookups);
    this.runStore = new SqlRunStore(db, connection.dialect, undefined, options.inlineOutputBytes);
  }

  static async open(options: ConnectOptions & StoreOptions): Promise<Store> {
    return new Store(await connect(options), options);
  }

  /**
   * Keeps the rows every run reads (webhook targets, graph versions, budgets) in memory although other
   * processes write to the database too: this one announces its writes through `peers`, and calls
   * `invalidate` when another announces one (or when it may have missed an announcement).
   */
  shareLookups(peers: LookupPeers): { invalidate(): void } {
    this.lookups.share(peers);
    return { invalidate: () => this.lookups.invalidate() };
  }

  /** Resolves when the database answers a trivial query. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.connection.db);
  }

  /**
   * Gives the disk back what deleted rows left free, a bounded number of pages at a time (16 MB at SQLite's
   * 4 KiB pages): SQLite keeps freed pages in its file otherwise. A no-op where there is nothing to do.
   */
  reclaimSpace(pages = 4096): void {
    this.connection.reclaimSpace?.(pages);
  }

  /** Flushes pending run records, then closes the connection. */
  async close(): Promise<void> {
    try {
      await this.runStore.close();
    } finally {
      await this.connection.close();
    }
  }
}
