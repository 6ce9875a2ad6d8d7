import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SandboxJob, SandboxOutcome } from './quickjs-eval.ts';
import type { WorkerMessage } from './sandbox-worker.ts';

export type { SandboxOutcome } from './quickjs-eval.ts';

export interface SandboxRun extends SandboxJob {
  signal: AbortSignal;
}

/**
 * Worker threads the sandbox runs code on at most, from the machine's cores: more would only
 * take turns on the same cores, and each thread holds its own module graph and WebAssembly.
 * Jobs beyond it wait for a free worker; their time limits start when their code starts.
 */
export const SANDBOX_WORKERS = Math.min(8, Math.max(2, availableParallelism()));
/** QuickJS stops itself at the deadline; a worker still busy this long after it is cut off (terminated). */
const GRACE_MS = 2000;

// The worker is compiled like this module (dist/); run from the TypeScript sources, a bootstrap registers tsx in the thread first.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCES ? './sandbox-worker.ts' : './sandbox-worker.js', import.meta.url).href;
const BOOTSTRAP = FROM_SOURCES
  ? `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER)});`
  : `await import(${JSON.stringify(WORKER)});`;

/** Started workers kept warm between jobs (unreferenced, so they never keep the process alive). */
const idle: Worker[] = [];
/** Jobs waiting for a worker, first come first served. */
const waiting: ((worker: Worker) => void)[] = [];
let started = 0;

/** How many worker threads the sandbox holds now (busy and idle): never more than SANDBOX_WORKERS. */
export function sandboxThreads(): number {
  return started;
}

/**
 * Runs untrusted code in QuickJS on a worker thread of a bounded pool, so an endless
 * loop or a deep computation never holds up the server: other requests and runs go on,
 * and a stopped run ends at once (its worker is terminated and replaced when needed).
 */
export async function runInSandbox({ signal, ...job }: SandboxRun): Promise<SandboxOutcome> {
  if (signal.aborted) return stopped();
  const worker = await acquire(signal);
  if (!worker) return stopped();
  return new Promise<SandboxOutcome>((resolve) => {
    let cutOff: NodeJS.Timeout | undefined;
    const finish = (outcome: SandboxOutcome, reusable: boolean) => {
      clearTimeout(cutOff);
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      release(worker, reusable);
      resolve(outcome);
    };
    const onMessage = (message: WorkerMessage) => {
      // The limit runs from when the code starts, not from when a worker was asked (loading it takes its own time).
      if (message.type === 'started') {
        cutOff = setTimeout(() => finish({ ok: false, limit: 'time', message: 'cut off after its time limit', logs: [] }, false), job.timeLimitMs + GRACE_MS);
      } else finish(message.outcome, true);
    };
    const onError = (error: Error) => finish({ ok: false, message: `the sandbox failed: ${error.message}`, logs: [] }, false);
    const onExit = (code: number) => finish({ ok: false, message: `the sandbox ended unexpectedly (exit code ${code})`, logs: [] }, false);
    const onAbort = () => finish(stopped(), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job);
  });
}

/** A worker for one job: an idle one, a new one while the pool has room, else the next one released. Undefined when stopped while waiting. */
function acquire(signal: AbortSignal): Promise<Worker | undefined> {
  const ready = idle.pop() ?? (started < SANDBOX_WORKERS ? startWorker() : undefined);
  if (ready) {
    ready.ref();
    return Promise.resolve(ready);
  }
  return new Promise((resolve) => {
    const take = (worker: Worker) => {
      signal.removeEventListener('abort', onAbort);
      worker.ref();
      resolve(worker);
    };
    const onAbort = () => {
      waiting.splice(waiting.indexOf(take), 1);
      resolve(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    waiting.push(take);
  });
}

/** Hands the worker to the next waiting job, or keeps it idle; a worker that cannot be reused is ended and its place given to a new one. */
function release(worker: Worker, reusable: boolean): void {
  if (!reusable) {
    void worker.terminate();
    started--;
    const next = waiting.shift();
    if (next) next(startWorker());
    return;
  }
  const next = waiting.shift();
  if (next) return next(worker);
  worker.unref();
  idle.push(worker);
}

function startWorker(): Worker {
  started++;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(BOOTSTRAP)}`));
  // A worker that fails or exits while idle leaves the pool (a job's own listeners report failures during a job).
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) {
      idle.splice(at, 1);
      started--;
    }
  });
  return worker;
}

const stopped = (): SandboxOutcome => ({ ok: false, message: 'the run was stopped', logs: [] });
