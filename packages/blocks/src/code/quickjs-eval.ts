import { getQuickJS, type QuickJSContext } from 'quickjs-emscripten';

const REFUSE_PROMISES =
  'if (result !== null && typeof result === "object" && typeof result.then === "function") throw new TypeError("the code returned a Promise; return a value: the sandbox runs synchronous code");';

/** What the sandbox evaluates, under which limits. */
export interface SandboxJob {
  code: string;
  inputs: Record<string, unknown>;
  timeLimitMs: number;
  memoryLimitBytes: number;
}

export type SandboxOutcome = { ok: true; result: unknown; logs: string[] } | { ok: false; limit?: 'time' | 'memory'; message: string; logs: string[] };

/**
 * Evaluates untrusted code in a fresh QuickJS (WebAssembly) runtime: no
 * access to Node, the network or files; memory and stack capped; interrupted
 * at the deadline. Each call gets its own runtime. It runs synchronously, so
 * the platform calls it in a worker thread (sandbox.ts), never on its own.
 */
export async function evaluateInQuickJS(run: SandboxJob, onStart: () => void = () => undefined): Promise<SandboxOutcome> {
  const quickjs = await getQuickJS();
  const runtime = quickjs.newRuntime();
  const logs: string[] = [];
  let deadline = Infinity;
  let interrupted = false;
  runtime.setMemoryLimit(run.memoryLimitBytes);
  runtime.setMaxStackSize(1024 * 1024);
  runtime.setInterruptHandler(() => {
    interrupted = Date.now() > deadline;
    return interrupted;
  });
  const vm = runtime.newContext();
  try {
    installConsole(vm, logs);
    const source = `(function (inputs) {\n${run.code}\n})(${JSON.stringify(run.inputs)})`;
    // The time limit is the code's: it starts here, after the runtime and its console are set up.
    onStart();
    deadline = Date.now() + run.timeLimitMs;
    const evaluated = vm.evalCode(`(() => { const result = ${source}; ${REFUSE_PROMISES} return JSON.stringify(result) ?? "null"; })()`, 'block.js');
    if (evaluated.error) {
      const error: unknown = vm.dump(evaluated.error);
      evaluated.error.dispose();
      const message = describeError(error);
      if (interrupted) return { ok: false, limit: 'time', message, logs };
      if (/out of memory/i.test(message)) return { ok: false, limit: 'memory', message, logs };
      return { ok: false, message, logs };
    }
    const json = vm.getString(evaluated.value);
    evaluated.value.dispose();
    return { ok: true, result: JSON.parse(json), logs };
  } catch (error) {
    // QuickJS itself can fail when the memory limit is hit outside user code.
    return { ok: false, limit: 'memory', message: (error as Error).message, logs };
  } finally {
    vm.dispose();
    runtime.dispose();
  }
}

function installConsole(vm: QuickJSContext, logs: string[]): void {
  const consoleObject = vm.newObject();
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const fn = vm.newFunction(level, (...args) => {
      logs.push(args.map((arg) => formatLogArg(vm.dump(arg))).join(' '));
    });
    vm.setProp(consoleObject, level, fn);
    fn.dispose();
  }
  vm.setProp(vm.global, 'console', consoleObject);
  consoleObject.dispose();
}

function formatLogArg(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const { name, message } = error as { name?: string; message: string };
    return `${name ?? 'Error'}: ${message}`;
  }
  return String(error);
}
