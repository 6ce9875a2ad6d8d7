import { randomUUID } from 'node:crypto';
import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, DataTables, Engine, systemClock, type EventSink } from '@blocksmith/engine';
import { KnowledgeService } from '../knowledge/knowledge-service.ts';
import { Store, type Review } from '@blocksmith/store';
import type { ServerConfig } from './config.ts';
import { EventHub } from '../events/event-hub.ts';
import { Metrics } from './metrics.ts';
import { RunManager } from '../runs/run-manager.ts';
import { CopilotService } from '../copilot/copilot-service.ts';
import { reviewDecided, ReviewService } from '../reviews/review-service.ts';
import { StoredReviewDesk } from '../reviews/stored-review-desk.ts';
import { messageRuns } from '../message-triggers/message-runs.ts';
import type { MessageTriggerHost } from '../message-triggers/message-trigger-host.ts';
import { scheduledRuns } from '../schedules/scheduled-runs.ts';
import { RunRetention } from '../runs/run-retention.ts';
import { ErrorAgents } from '../runs/error-agents.ts';
import { Notifier } from '../notifications/notifier.ts';
import type { RunService } from '../runs/run-service.ts';
import { CredentialsVault } from '../vault/credentials-vault.ts';
import { OAuthRenewal } from '../oauth/oauth-renewal.ts';
import { OidcSignIn } from '../sso/oidc-sign-in.ts';
import { LocalAccessSignal, type AccessSignal } from '../events/access-signal.ts';
import { OAuthConnections } from '../oauth/oauth-connections.ts';
import { loadSecretKey } from '../vault/secret-key.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { DiskSpace } from './disk-space.ts';
import { EvaluationRunner } from '../evaluations/evaluation-runner.ts';
import { EvaluationService } from '../evaluations/evaluation-service.ts';
import { ReleaseService } from '../releases/release-service.ts';

/** Everything the HTTP layer works with, wired once per process. */
export interface Platform {
  config: ServerConfig;
  store: Store;
  registry: BlockRegistry;
  engine: Engine;
  hub: EventHub;
  runs: RunService;
  reviews: ReviewService;
  copilot: CopilotService;
  /** Evaluations of agent versions over datasets. */
  evaluations: EvaluationService;
  /** Aliases of agents and their moves. */
  releases: ReleaseService;
  /** Data tables' rows, read and written as blocks read and write them. */
  dataTables: DataTables;
  /** Filling knowledge bases, and trying queries on them. */
  knowledge: KnowledgeService;
  /** The consumers of message triggers this process holds; told when a trigger changes here. */
  messageTriggers: MessageTriggerHost;
  metrics: Metrics;
  vault: CredentialsVault;
  /** Connecting accounts of OAuth2 providers. */
  oauth: OAuthConnections;
  /** Tells every API server whose access changed, so their sockets connect again and are checked anew. */
  access: AccessSignal;
  /** Single sign-on, when the operator set it up. */
  sso: OidcSignIn | undefined;
  /** Extra readiness checks (e.g. Redis in scale-out), by name. */
  checks: Record<string, () => Promise<void>>;
  close(): Promise<void>;
}

/** What every role shares: the database, the vault, the block registry. */
export interface Foundation {
  store: Store;
  vault: CredentialsVault;
  registry: BlockRegistry;
  /** Where this process's human-review nodes wait. */
  reviews: StoredReviewDesk;
  /** An engine over the store whose events go to `events`. */
  engineFor(events: EventSink): Engine;
  /** Refuses new runs and uploads while the data folder's disk is nearly full; on SQLite only (PostgreSQL's data is on its server's disk). */
  diskSpace: DiskSpace | undefined;
}

export async function openFoundation(config: ServerConfig): Promise<Foundation> {
  const diskSpace = config.databaseUrl ? undefined : new DiskSpace(config.dataDir, config.minFreeDiskBytes);
  const store = await Store.open({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    inlineOutputBytes: config.inlineOutputBytes,
    ...(diskSpace ? { admitUpload: () => diskSpace.admit('an upload') } : {}),
  });
  const vault = new CredentialsVault(store, loadSecretKey(config.secretKey, config.dataDir), new OAuthRenewal(config.oauthClients, config));
  const registry = new BlockRegistry(standardBlocks);
  const reviews = new StoredReviewDesk(store.reviews);
  const engineFor = (events: EventSink) =>
    new Engine({
      registry,
      graphStore: store.graphs,
      files: store.files,
      credentials: vault,
      reviews,
      nodeState: store.nodeState,
      memory: store.memory,
      dataTables: store.dataTables,
      knowledge: store.knowledge,
      runStore: store.runStore,
      events,
      settings: {
        allowPrivateNetwork: config.allowPrivateNetwork,
        allowedHosts: config.allowedHosts,
        allowedSockets: config.allowedSockets,
        allowStdioMcp: config.allowStdioMcp,
      },
      maxConcurrency: config.maxConcurrency,
      maxNodeRuns: config.maxNodeRuns,
      maxOutputBytes: config.maxOutputBytes,
    });
  return { store, vault, registry, reviews, engineFor, diskSpace };
}

/**
 * The API side of a platform around a run service: events reach the hub
 * (metrics, WebSockets); schedules fire (every API server runs a scheduler; a
 * fire time starts one run among them); expired sessions are swept hourly.
 */
export async function assemblePlatform(
  config: ServerConfig,
  foundation: Foundation,
  wire: (
    hub: EventHub,
    metrics: Metrics,
  ) => Promise<{
    engine: Engine;
    runs: RunService;
    /** Tells the process running a review's node run, and the owner's sockets, that the review was decided. */
    notifyReview: (review: Review, workspaceId: string) => Promise<void>;
    /** Across API servers (scale-out); one process's own otherwise. */
    access?: AccessSignal;
    /** This process is the only one on the data (embedded): it takes over every evaluation left running at once, whatever its lease. */
    exclusive?: boolean;
    checks?: Platform['checks'];
    close?: () => Promise<void>;
  }>,
): Promise<Platform> {
  const { store } = foundation;
  const hub = new EventHub(config.inlineOutputBytes);
  const metrics = new Metrics();
  hub.listen((event) => metrics.observe(event));
  const { engine, runs, notifyReview, access = new LocalAccessSignal(), checks = {}, close, exclusive = false } = await wire(hub, metrics);
  const scheduler = scheduledRuns(store, runs);
  scheduler.start();
  const retention = new RunRetention(store, config.retention, systemClock, (message) => console.error(message));
  retention.start();
  await store.sessions.deleteExpired();
  const sweep = setInterval(() => void store.sessions.deleteExpired().catch(() => undefined), 3_600_000);
  sweep.unref();
  const { registry, vault } = foundation;
  const dataTables = new DataTables(store.dataTables);
  const copilot = new CopilotService({ config, store, registry, engine, runs, vault, dataTables });
  // A process's own id: the same server id again after a restart must not find its old leases still its own.
  const runnerId = `${config.workerId}-${randomUUID().slice(0, 8)}`;
  const errorAgents = new ErrorAgents({ store, engine, runs }, { claimer: runnerId, leaseMs: config.leaseMs }, systemClock, (message) =>
    console.error(message),
  );
  errorAgents.start();
  const notifier = new Notifier(store, { ...config.notify, publicUrl: config.publicUrl, mail: config.mail, network: config }, systemClock, (message) =>
    console.error(message),
  );
  notifier.start();
  const messageTriggers = messageRuns(store, runs, vault, config, { holder: runnerId, exclusive, holdMs: config.leaseMs });
  messageTriggers.start();
  const evaluationRunner = new EvaluationRunner(store, runs, registry, { runnerId, leaseMs: config.leaseMs, exclusive }, (message) => console.error(message));
  await evaluationRunner.start();
  return {
    config,
    store,
    registry,
    engine,
    hub,
    runs,
    reviews: new ReviewService(store, notifyReview),
    copilot,
    evaluations: new EvaluationService(store, evaluationRunner, registry),
    dataTables,
    knowledge: new KnowledgeService(store, vault, config),
    releases: new ReleaseService(store),
    messageTriggers,
    metrics,
    vault,
    oauth: new OAuthConnections(store, vault, config.oauthClients, config),
    access,
    sso: config.sso ? new OidcSignIn(config.sso, store, config, vault) : undefined,
    checks,
    // Runs still executing stay RUNNING in the database; they are resumed later.
    close: async () => {
      clearInterval(sweep);
      evaluationRunner.close();
      await copilot.close();
      await scheduler.stop();
      await messageTriggers.stop();
      await retention.stop();
      await errorAgents.stop();
      await notifier.stop();
      await runs.close();
      await close?.();
      await store.close();
    },
  };
}

/** The embedded platform: runs execute in this process, and the ones a previous process left are resumed. */
export async function createPlatform(config: ServerConfig): Promise<Platform> {
  // Taken before anything is opened: a second server on this folder must not resume the first one's runs.
  const lock = lockDataFolder(config.dataDir);
  try {
    const foundation = await openFoundation(config);
    const platform = await assemblePlatform(config, foundation, async (hub) => {
      const engine = foundation.engineFor(hub);
      const runs = new RunManager(engine, foundation.store, config.userMonthlyBudget, foundation.diskSpace);
      await runs.resumeInterrupted();
      const notifyReview = async (review: Review, workspaceId: string) => {
        foundation.reviews.wake(review.id);
        hub.publish(reviewDecided(review, workspaceId));
      };
      return { engine, runs, notifyReview, exclusive: true };
    });
    // The folder is let go only once everything in it is written and closed.
    return { ...platform, close: () => platform.close().finally(() => lock.release()) };
  } catch (error) {
    lock.release();
    throw error;
  }
}
