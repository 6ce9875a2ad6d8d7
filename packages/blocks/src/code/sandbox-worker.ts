import { parentPort } from 'node:worker_threads';
import { evaluateInQuickJS, type SandboxJob, type SandboxOutcome } from './quickjs-eval.ts';

/** What a sandbox worker tells the pool: its job's code is starting (its time limit runs from here), then the outcome. */
export type WorkerMessage = { type: 'started' } | { type: 'done'; outcome: SandboxOutcome };

// A worker thread of the sandbox pool (sandbox.ts): evaluates one job at a time and answers with its outcome.
parentPort!.on('message', (job: SandboxJob) => {
  void evaluateInQuickJS(job, () => parentPort!.postMessage({ type: 'started' } satisfies WorkerMessage)).then((outcome) =>
    parentPort!.postMessage({ type: 'done', outcome } satisfies WorkerMessage),
  );
});
