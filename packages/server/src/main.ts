import { buildApp } from './app.ts';
import { loadConfig, type ServerConfig } from './config.ts';
import { createPlatform } from './platform.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the embedded platform: database, engine, HTTP and WebSocket on one process. */
export async function startServer(config: ServerConfig = loadConfig()): Promise<RunningServer> {
  const platform = await createPlatform(config);
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
  app.log.info(`Blocksmith on ${address} (database: ${platform.store.connection.location})`);
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

/** Runs until SIGINT/SIGTERM, then shuts down cleanly (runs stopped, records flushed). */
export async function runServerUntilSignal(): Promise<void> {
  const server = await startServer();
  const stop = (signal: string): void => {
    process.stderr.write(`\n${signal}: shutting down…\n`);
    server.close().then(
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
