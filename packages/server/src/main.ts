import { buildApp } from './http/app.ts';
import { loadConfig, type ServerConfig } from './platform/config.ts';
import { createPlatform } from './platform/platform.ts';
import { createServerPlatform } from './scale-out/server-platform.ts';
import { startWorker } from './scale-out/worker-process.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** `embedded`: one process does everything; `server`: the API of a scale-out deployment, runs executed by workers. */
export type ServerMode = 'embedded' | 'server';

const log = (message: string): void => void process.stdout.write(`${new Date().toISOString()} ${message}\n`);

/** Starts the platform's HTTP and WebSocket API, with its database and (embedded) its engine. */
export async function startServer(config: ServerConfig = loadConfig(), mode: ServerMode = 'embedded'): Promise<RunningServer> {
  const platform = mode === 'server' ? await createServerPlatform(config, log) : await createPlatform(config);
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
        await app.close();
        await platform.close();
      })()),
  };
}

/** Runs until SIGINT/SIGTERM, then shuts down cleanly (records flushed; a worker drains first). */
export async function runUntilSignal(role: ServerMode | 'worker'): Promise<void> {
  const config = loadConfig();
  const running = role === 'worker' ? await startWorker(config, log) : await startServer(config, role);
  const stop = (signal: string): void => {
    process.stderr.write(`\n${signal}: shutting down…\n`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
