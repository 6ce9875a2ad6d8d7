import type { SpendLimit } from '@blocksmith/engine';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseAllowedHosts, parseAllowedSockets } from '@blocksmith/blocks';
import { z } from 'zod';
import { oauthClientsFrom, type OAuthClient } from '../oauth/oauth-config.ts';
import { ssoConfigFrom, type SsoConfig } from '../sso/sso-config.ts';
import { mailConfigFrom, type MailConfig } from './operator-mail.ts';
import type { RetentionPolicy } from '../runs/run-retention.ts';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** A comma-separated list read by `parse`, whose message names a bad entry. */
const listSetting = (parse: (text: string) => string[]) =>
  z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parse(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BLOCKSMITH_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite)')
    .optional(),
  BLOCKSMITH_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the http(s) address people and providers reach this server at, e.g. https://agents.example.com' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  BLOCKSMITH_SIGNUP: z.enum(['open', 'closed', 'invitation']).default('closed'),
  BLOCKSMITH_PASSWORD_SIGNIN: z.enum(['on', 'off']).default('on'),
  BLOCKSMITH_ALLOW_PRIVATE_NETWORK: flag.default(false),
  BLOCKSMITH_ALLOW_HOSTS: listSetting(parseAllowedHosts),
  BLOCKSMITH_ALLOW_SOCKETS: listSetting(parseAllowedSockets),
  BLOCKSMITH_ALLOW_STDIO_MCP: flag.default(false),
  BLOCKSMITH_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. openssl rand -hex 24)').optional(),
  BLOCKSMITH_SESSION_DAYS: z.coerce.number().min(1).max(365).default(30),
  // 0: kept forever.
  BLOCKSMITH_RUN_MAX_AGE_DAYS: z.coerce.number().min(0, 'must be a number of days, or 0 to keep runs forever').max(36_500).default(14),
  // One email or webhook message per agent and kind per window.
  // A scale-out worker's /healthz and /readyz for an orchestrator's probes; unset: none.
  BLOCKSMITH_WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  BLOCKSMITH_NOTIFY_DIGEST_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  BLOCKSMITH_NOTIFY_EVERY_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS: z.coerce.number().min(0, 'must be a number of days, or 0 to keep failed runs forever').max(36_500).default(28),
  BLOCKSMITH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  BLOCKSMITH_MAX_GRAPH_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(256 * 1024 * 1024)
    .default(16 * 1024 * 1024),
  BLOCKSMITH_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  BLOCKSMITH_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(16),
  BLOCKSMITH_MAX_NODE_RUNS: z.coerce.number().int().min(10).max(100_000_000).default(1_000_000),
  BLOCKSMITH_USER_MONTHLY_BUDGET_USD: z.coerce.number().positive().max(1_000_000_000).optional(),
  BLOCKSMITH_USER_MONTHLY_BUDGET_TOKENS: z.coerce.number().int().positive().max(1e15).optional(),
  BLOCKSMITH_INLINE_OUTPUT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(256 * 1024),
  BLOCKSMITH_MAX_OUTPUT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(32 * 1024 * 1024),
  BLOCKSMITH_WEBHOOK_RATE: z.coerce.number().int().min(1).max(10_000_000).default(6000),
  BLOCKSMITH_SOCKETS_PER_USER: z.coerce.number().int().min(1).max(1000).default(20),
  BLOCKSMITH_SOCKET_MESSAGE_RATE: z.coerce.number().int().min(1).max(10_000).default(20),
  BLOCKSMITH_SOCKET_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(100_000).default(100),
  BLOCKSMITH_SOCKET_PING_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  BLOCKSMITH_SECRET_KEY: z.string().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  BLOCKSMITH_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'may only contain letters, digits, "_", ".", ":" and "-"')
    .default('blocksmith'),
  BLOCKSMITH_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(8),
  BLOCKSMITH_USER_MAX_RUNS: z.coerce.number().int().min(1).max(100_000).default(20),
  BLOCKSMITH_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  BLOCKSMITH_DRAIN_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  BLOCKSMITH_SHUTDOWN_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  BLOCKSMITH_WORKER_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'may only contain letters, digits, "_", ".", ":" and "-"')
    .optional(),
  BLOCKSMITH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BLOCKSMITH_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(60),
  BLOCKSMITH_MIN_FREE_DISK_MB: z.coerce.number().min(0).max(1_000_000).default(64),
});

/** Every environment variable the server reads, with its default when it has one. */
export const SETTINGS: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(envSchema.shape).map(([name, schema]) => {
    const parsed = (schema as z.ZodType).safeParse(undefined);
    return [name, parsed.success ? parsed.data : undefined];
  }),
);

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** Where the server is reached from outside (behind a proxy); links it hands out (webhook URLs) start with it. Unset: the address each request came to. */
  publicUrl?: string;
  /** Who may create an account once the owner exists: anyone, no one, or people with an invitation link. */
  signup: 'open' | 'closed' | 'invitation';
  allowPrivateNetwork: boolean;
  /** Private hosts (`host` or `host:port`) blocks may reach although the private network is closed. */
  allowedHosts: string[];
  /** Unix socket paths blocks may connect to (a database's local socket); all others are refused. */
  allowedSockets: string[];
  /** Whether MCP connections may start programs on this host (stdio). */
  allowStdioMcp: boolean;
  sessionTtlMs: number;
  /** The bearer token a Prometheus scraper sends to /metrics; unset: metrics are off. */
  metricsToken?: string;
  maxBodyBytes: number;
  maxFileBytes: number;
  /** The largest graph file a save or import takes: a graph of 50 000 nodes is about 10 MB. */
  maxGraphBytes: number;
  maxConcurrency: number;
  /** Node runs one graph run may make; the run is stopped (FAILED, naming the limit) when it would make more. */
  maxNodeRuns: number;
  /** How long ended runs are kept (run-retention.ts); undefined: forever. */
  retention: RetentionPolicy;
  /** Run values larger than this (as JSON) are stored as workspace files, and reach clients as references. */
  inlineOutputBytes: number;
  /** What runs acting for one person may spend on models per UTC month, unless they set less (docs/shipping.md). */
  userMonthlyBudget?: SpendLimit;
  /** The largest value one output may put out; a larger one fails its node. */
  maxOutputBytes: number;
  socketsPerUser: number;
  /** Messages one WebSocket may send per second (twice as many at once); past it the socket is closed. */
  socketMessageRate: number;
  /** Topics one WebSocket may subscribe to at once. */
  socketSubscriptions: number;
  /** How often the server pings each WebSocket; one that has not answered the last ping by the next is closed (half-open). */
  socketPingMs: number;
  /** Webhook calls per minute from one address. */
  webhookRatePerMinute: number;
  logLevel: z.output<typeof envSchema>['BLOCKSMITH_LOG_LEVEL'];
  /** Base64 key for the credentials vault; unset: a key file in the data folder. */
  secretKey?: string;
  /** Scale-out: the Redis holding the run queue and carrying events; unset in embedded mode. */
  redisUrl?: string;
  /** Namespaces every Redis key and channel, so deployments (and test runs) can share a Redis. */
  redisPrefix: string;
  /** Graph runs one worker executes at once. */
  workerConcurrency: number;
  /** Where a worker answers /healthz and /readyz (on `host`); undefined: it does not. */
  workerHealthPort?: number;
  /** Graph runs of one user executing at once across all workers. */
  userMaxRuns: number;
  /** How long a worker's claim on a run lasts without a heartbeat; another worker takes the run over after it. */
  leaseMs: number;
  /** Notifications: how long a digest window stays open, and how often servers look for what to tell. */
  notify: { digestMs: number; everyMs: number };
  /** On SIGTERM, how long a worker lets running runs finish before handing them back. */
  drainMs: number;
  /** On SIGTERM, how long HTTP requests in flight may finish before their connections are closed. */
  shutdownMs: number;
  /** How far V8 lets the heap grow past what a full collection kept, in percent; 0 leaves it to V8 (heap-growth.ts). */
  heapGrowthPercent: number;
  /** Below this much free space in the data folder (SQLite), new runs and uploads are refused (disk-space.ts). */
  minFreeDiskBytes: number;
  workerId: string;
  /** The OAuth2 providers the operator registered a client with; people connect accounts of these. */
  oauthClients: OAuthClient[];
  /** Single sign-on through an OpenID Connect provider, when set up. */
  sso?: SsoConfig;
  /** Whether people may sign in with a password (off: only through single sign-on). */
  passwordSignIn: boolean;
  /** The operator's mail server, for the mail the server sends (invitations); unset: it sends none. */
  mail?: MailConfig;
}

/** Reads the configuration from environment variables; every bad value is named with how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  const oauth = oauthClientsFrom(present as Record<string, string>);
  const single = ssoConfigFrom(present as Record<string, string>);
  const mail = mailConfigFrom(present as Record<string, string>);
  if (parsed.success && parsed.data.BLOCKSMITH_PASSWORD_SIGNIN === 'off' && !single.sso) {
    single.problems.push('BLOCKSMITH_PASSWORD_SIGNIN: off needs single sign-on set up (BLOCKSMITH_OIDC_ISSUER), or no one could sign in');
  }
  if (!parsed.success || oauth.problems.length || single.problems.length || mail.problems.length) {
    const problems = [
      ...(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []),
      ...oauth.problems,
      ...single.problems,
      ...mail.problems,
    ]
      .map((problem) => `  - ${problem}`)
      .join('\n');
    throw new Error(`Invalid configuration:\n${problems}\nSee docs/operations.md for every variable.`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.BLOCKSMITH_DATA_DIR),
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.BLOCKSMITH_PUBLIC_URL ? { publicUrl: e.BLOCKSMITH_PUBLIC_URL } : {}),
    signup: e.BLOCKSMITH_SIGNUP,
    allowPrivateNetwork: e.BLOCKSMITH_ALLOW_PRIVATE_NETWORK,
    allowedHosts: e.BLOCKSMITH_ALLOW_HOSTS,
    allowedSockets: e.BLOCKSMITH_ALLOW_SOCKETS,
    allowStdioMcp: e.BLOCKSMITH_ALLOW_STDIO_MCP,
    sessionTtlMs: e.BLOCKSMITH_SESSION_DAYS * 86_400_000,
    ...(e.BLOCKSMITH_METRICS_TOKEN ? { metricsToken: e.BLOCKSMITH_METRICS_TOKEN } : {}),
    maxBodyBytes: e.BLOCKSMITH_MAX_BODY_BYTES,
    maxFileBytes: e.BLOCKSMITH_MAX_FILE_BYTES,
    maxGraphBytes: e.BLOCKSMITH_MAX_GRAPH_BYTES,
    maxConcurrency: e.BLOCKSMITH_MAX_CONCURRENCY,
    maxNodeRuns: e.BLOCKSMITH_MAX_NODE_RUNS,
    retention: {
      maxAgeDays: e.BLOCKSMITH_RUN_MAX_AGE_DAYS || undefined,
      failedMaxAgeDays: e.BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS || undefined,
    },
    inlineOutputBytes: e.BLOCKSMITH_INLINE_OUTPUT_BYTES,
    ...(e.BLOCKSMITH_USER_MONTHLY_BUDGET_USD !== undefined || e.BLOCKSMITH_USER_MONTHLY_BUDGET_TOKENS !== undefined
      ? {
          userMonthlyBudget: {
            ...(e.BLOCKSMITH_USER_MONTHLY_BUDGET_USD !== undefined ? { costUsd: e.BLOCKSMITH_USER_MONTHLY_BUDGET_USD } : {}),
            ...(e.BLOCKSMITH_USER_MONTHLY_BUDGET_TOKENS !== undefined ? { tokens: e.BLOCKSMITH_USER_MONTHLY_BUDGET_TOKENS } : {}),
          },
        }
      : {}),
    maxOutputBytes: e.BLOCKSMITH_MAX_OUTPUT_BYTES,
    socketsPerUser: e.BLOCKSMITH_SOCKETS_PER_USER,
    socketMessageRate: e.BLOCKSMITH_SOCKET_MESSAGE_RATE,
    socketSubscriptions: e.BLOCKSMITH_SOCKET_SUBSCRIPTIONS,
    socketPingMs: e.BLOCKSMITH_SOCKET_PING_MS,
    webhookRatePerMinute: e.BLOCKSMITH_WEBHOOK_RATE,
    logLevel: e.BLOCKSMITH_LOG_LEVEL,
    ...(e.BLOCKSMITH_SECRET_KEY ? { secretKey: e.BLOCKSMITH_SECRET_KEY } : {}),
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    redisPrefix: e.BLOCKSMITH_REDIS_PREFIX,
    workerConcurrency: e.BLOCKSMITH_WORKER_CONCURRENCY,
    ...(e.BLOCKSMITH_WORKER_HEALTH_PORT !== undefined ? { workerHealthPort: e.BLOCKSMITH_WORKER_HEALTH_PORT } : {}),
    userMaxRuns: e.BLOCKSMITH_USER_MAX_RUNS,
    leaseMs: e.BLOCKSMITH_LEASE_MS,
    notify: { digestMs: e.BLOCKSMITH_NOTIFY_DIGEST_MS, everyMs: e.BLOCKSMITH_NOTIFY_EVERY_MS },
    drainMs: e.BLOCKSMITH_DRAIN_MS,
    shutdownMs: e.BLOCKSMITH_SHUTDOWN_MS,
    heapGrowthPercent: e.BLOCKSMITH_HEAP_GROWTH_PERCENT,
    minFreeDiskBytes: e.BLOCKSMITH_MIN_FREE_DISK_MB * 1024 * 1024,
    workerId: e.BLOCKSMITH_WORKER_ID ?? `${hostname()}-${process.pid}`,
    oauthClients: oauth.clients,
    ...(single.sso ? { sso: single.sso } : {}),
    passwordSignIn: e.BLOCKSMITH_PASSWORD_SIGNIN === 'on',
    ...(mail.mail ? { mail: mail.mail } : {}),
  };
}

/** Scale-out roles need PostgreSQL (shared state) and Redis (queue and events); says which is missing. */
export function requireScaleOut(config: ServerConfig, role: 'server' | 'worker'): asserts config is ServerConfig & { databaseUrl: string; redisUrl: string } {
  const missing = [...(config.databaseUrl ? [] : ['DATABASE_URL (postgres://…)']), ...(config.redisUrl ? [] : ['REDIS_URL (redis://…)'])];
  if (missing.length) {
    throw new Error(
      `blocksmith ${role} runs in scale-out mode and needs ${missing.join(' and ')}; for one process with SQLite, use blocksmith start. See docs/operations.md.`,
    );
  }
}
