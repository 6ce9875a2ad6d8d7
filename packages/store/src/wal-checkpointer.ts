import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies the log back; a few hundred commits' worth at full load. */
const INTERVAL_MS = 100;

// CommonJS run by `eval`: a worker does not inherit the TypeScript loader the server runs under.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
// A failure is reported once, not every interval, until a checkpoint succeeds again.
let failing = '';
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failing = '';
  } catch (error) {
    if (String(error) !== failing) parentPort.postMessage({ error: String(error) });
    failing = String(error);
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Copies SQLite's write-ahead log back into the database file on a worker
 * thread, so the server's thread never does it. Left to SQLite, the commit
 * that crosses the log's size limit copies thousands of pages and waits for
 * two fsyncs before the request that made it is answered; under load that was
 * a twentieth of the server's time and its worst latencies. Should the worker
 * stop, the connection goes back to checkpointing itself: the log never grows
 * without bound.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private closing = false;

  constructor(database: Database, report: (message: string) => void = (message) => process.stderr.write(`${message}\n`)) {
    const autocheckpoint = database.pragma('wal_autocheckpoint', { simple: true }) as number;
    database.pragma('wal_autocheckpoint = 0');
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: database.name, intervalMs: INTERVAL_MS } });
    this.worker.on('message', (message: { error: string }) => report(`SQLite checkpoint failed, will retry: ${message.error}`));
    this.worker.on('error', (error) => report(`SQLite checkpoint worker stopped: ${error.message}`));
    this.worker.unref();
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        if (!this.closing && database.open) database.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
        resolve();
      }),
    );
  }

  /** Stops the worker and closes its connection; the last connection to close checkpoints what is left. */
  async close(): Promise<void> {
    this.closing = true;
    // Unreferenced, the worker would let a process with nothing else to do end while this waits (exit 13, no message).
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }
}
