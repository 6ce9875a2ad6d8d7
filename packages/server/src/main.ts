import { buildApp } from './http/app.ts';
import { loadConfig, type ServerConfig } from './platform/config.ts';
import { createPlatform } from './platform/platform.ts';
import { limitHeapGrowth } from './platform/heap-growth.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** `embedded`: one process does everything; `server`: the API of a scale-out deployment, runs executed by workers. */
export type ServerMode = 'embedded' | 'server';

const log = (message: string): void => void process.stdout.write(`${new Date().toISOString()} ${message}\n`);

/** Starts the platform's HTTP and WebSocket API, with its database and (embedded) its engine. */
export async function startServer(config: ServerConfig = loadConfig(), mode: ServerMode = 'embedded'): Promise<RunningServer> {
  // Scale-out's modules (ioredis, the queue) are loaded only by the roles that use them: the embedded server holds none of them.
  const platform = mode === 'server' ? await (await import('./scale-out/server-platform.ts')).createServerPlatform(config, log) : await createPlatform(config);
  const app = await buildApp(platform);
  let address: string;
  try {
    address = await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await platform.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${config.port} on ${config.host} is in use: stop the other process or set PORT.`, { cause: error });
    throw error;
  }
  app.log.info(`Blocksmith ${mode === 'server' ? 'API server' : ''} on ${address} (database: ${platform.store.connection.location})`);
  let closing: Promise<void> | undefined;
  return {
    url: address,
    close: () =>
      (closing ??= (async () => {
        // Requests in flight get BLOCKSMITH_SHUTDOWN_MS to finish; long waits (a run's end, a review) are cut then — their runs resume later.
        const cut = setTimeout(() => app.server.closeAllConnections(), config.shutdownMs);
        try {
          await app.close();
        } finally {
          clearTimeout(cut);
        }
        await platform.close();
      })()),
  };
}

/**
 * `npx blocksmith start` runs the server under a shell that npm starts: npm passes SIGTERM to
 * that shell, which dies without passing it on, and the server would run on as an orphan. Under
 * npm (it names itself in the environment), the server ends when the process that started it
 * is gone. Started any other way, it stays, as a daemon should.
 */
function endWithNpm(end: () => void): void {
  if (!process.env.npm_command && !process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) end();
  }, 1000).unref();
}

/** What a shutdown may take beyond BLOCKSMITH_SHUTDOWN_MS (and a worker's drain) to write its records and close. */
export const GRACE_MS = 15_000;

/** Runs until SIGINT/SIGTERM, then shuts down cleanly (records flushed; a worker drains first); a second signal exits at once. */
export async function runUntilSignal(role: ServerMode | 'worker'): Promise<void> {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowthPercent);
  const running = role === 'worker' ? await (await import('./scale-out/worker-process.ts')).startWorker(config, log) : await startServer(config, role);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting now.\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`\n${signal}: shutting down…\n`);
    // A shutdown that cannot finish (a stuck dependency) must not leave the process behind.
    const limitMs = (role === 'worker' ? config.drainMs : config.shutdownMs) + GRACE_MS;
    setTimeout(() => {
      process.stderr.write(`Shutdown did not finish within ${limitMs} ms; exiting.\n`);
      process.exit(1);
    }, limitMs).unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  endWithNpm(() => stop('npm ended'));
}
