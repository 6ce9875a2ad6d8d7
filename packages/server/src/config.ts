import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BLOCKSMITH_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite)')
    .optional(),
  BLOCKSMITH_SIGNUP: z.enum(['open', 'closed']).default('closed'),
  BLOCKSMITH_ALLOW_PRIVATE_NETWORK: flag.default(false),
  BLOCKSMITH_SESSION_DAYS: z.coerce.number().min(1).max(365).default(30),
  BLOCKSMITH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  BLOCKSMITH_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  BLOCKSMITH_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(16),
  BLOCKSMITH_SOCKETS_PER_USER: z.coerce.number().int().min(1).max(1000).default(20),
  BLOCKSMITH_SECRET_KEY: z.string().optional(),
  BLOCKSMITH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  signupOpen: boolean;
  allowPrivateNetwork: boolean;
  sessionTtlMs: number;
  maxBodyBytes: number;
  maxFileBytes: number;
  maxConcurrency: number;
  socketsPerUser: number;
  logLevel: z.output<typeof envSchema>['BLOCKSMITH_LOG_LEVEL'];
  /** Base64 key for the credentials vault; unset: a key file in the data folder. */
  secretKey?: string;
}

/** Reads the configuration from environment variables; every bad value is named with how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}\nSee docs/operations.md for every variable.`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.BLOCKSMITH_DATA_DIR),
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    signupOpen: e.BLOCKSMITH_SIGNUP === 'open',
    allowPrivateNetwork: e.BLOCKSMITH_ALLOW_PRIVATE_NETWORK,
    sessionTtlMs: e.BLOCKSMITH_SESSION_DAYS * 86_400_000,
    maxBodyBytes: e.BLOCKSMITH_MAX_BODY_BYTES,
    maxFileBytes: e.BLOCKSMITH_MAX_FILE_BYTES,
    maxConcurrency: e.BLOCKSMITH_MAX_CONCURRENCY,
    socketsPerUser: e.BLOCKSMITH_SOCKETS_PER_USER,
    logLevel: e.BLOCKSMITH_LOG_LEVEL,
    ...(e.BLOCKSMITH_SECRET_KEY ? { secretKey: e.BLOCKSMITH_SECRET_KEY } : {}),
  };
}
