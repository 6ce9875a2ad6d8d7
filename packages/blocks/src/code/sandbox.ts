import { Worker } from 'node:worker_threads';
import type { SandboxJob, SandboxOutcome } from './quickjs-eval.ts';

export type { SandboxOutcome } from './quickjs-eval.ts';

export interface SandboxRun extends SandboxJob {
  signal: AbortSignal;
}

/** Idle workers kept for the next run; more are started when runs overlap, and let go after. */
const KEEP_IDLE = 2;
/** QuickJS stops itself at the deadline; a worker still busy this long after it is cut off (terminated). */
const GRACE_MS = 2000;

// The worker is TypeScript like the rest: a two-line bootstrap registers tsx in the thread, then loads it.
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./sandbox-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(WORKER)});`;
const idle: Worker[] = [];

/**
 * Runs untrusted code in QuickJS on a worker thread, so an endless loop or a
 * deep computation never holds up the server: other requests and runs go on,
 * and a stopped run ends at once (its worker is terminated).
 */
export async function runInSandbox({ signal, ...job }: SandboxRun): Promise<SandboxOutcome> {
  if (signal.aborted) return stopped();
  const worker = idle.pop() ?? startWorker();
  worker.ref();
  return new Promise<SandboxOutcome>((resolve) => {
    const finish = (outcome: SandboxOutcome, reusable: boolean) => {
      clearTimeout(cutOff);
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && idle.length < KEEP_IDLE) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
      resolve(outcome);
    };
    const onMessage = (outcome: SandboxOutcome) => finish(outcome, true);
    const onError = (error: Error) => finish({ ok: false, message: `the sandbox failed: ${error.message}`, logs: [] }, false);
    const onExit = (code: number) => finish({ ok: false, message: `the sandbox ended unexpectedly (exit code ${code})`, logs: [] }, false);
    const onAbort = () => finish(stopped(), false);
    const cutOff = setTimeout(() => finish({ ok: false, limit: 'time', message: 'cut off after its time limit', logs: [] }, false), job.timeLimitMs + GRACE_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job);
  });
}

function startWorker(): Worker {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(BOOTSTRAP)}`));
  // A worker that fails or exits while idle is simply not reused (a run's own listeners report failures during a run).
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

const stopped = (): SandboxOutcome => ({ ok: false, message: 'the run was stopped', logs: [] });
