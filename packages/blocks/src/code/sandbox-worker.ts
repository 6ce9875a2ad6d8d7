import { parentPort } from 'node:worker_threads';
import { evaluateInQuickJS, type SandboxJob } from './quickjs-eval.ts';

// A worker thread of the sandbox pool (sandbox.ts): evaluates one job at a time and answers with its outcome.
parentPort!.on('message', (job: SandboxJob) => {
  void evaluateInQuickJS(job).then((outcome) => parentPort!.postMessage(outcome));
});
