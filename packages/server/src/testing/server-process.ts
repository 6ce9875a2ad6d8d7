import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The `blocksmith` command's entry, run with this Node. */
export const BIN = new URL('../../../cli/bin/blocksmith.js', import.meta.url).pathname;

/**
 * Node's arguments to run `blocksmith <args>`: from the TypeScript sources, what the tests test (the
 * packages' `blocksmith-source` condition), or `compiled` as `npm start` runs it (dist/, for benchmarks).
 */
export function blocksmithArgs(args: string[], { compiled = false }: RunFrom = {}): string[] {
  return compiled ? [BIN, ...args] : ['--conditions=blocksmith-source', BIN, ...args];
}

export interface RunFrom {
  /** The compiled JavaScript (build it first: scripts/build-if-stale.mjs) instead of the sources. */
  compiled?: boolean;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL (kill -9) and wait for exit. */
  kill(): Promise<void>;
  output(): string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `blocksmith start` (or `server`) as a real child process and waits until /healthz answers. */
export async function startServerProcess(env: Record<string, string>, command: 'start' | 'server' = 'start', from: RunFrom = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return spawnBlocksmith(
    command,
    { PORT: String(port), ...env },
    url,
    async () => {
      try {
        return (await fetch(`${url}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    undefined,
    from,
  );
}

/** Runs `blocksmith <command>` to its end (a start that is refused): its exit code and everything it printed. */
export function runBlocksmithToExit(command: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, blocksmithArgs([command]), {
    env: { ...process.env, HOST: '127.0.0.1', BLOCKSMITH_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/** Starts `blocksmith worker` as a real child process and waits until it says it is ready. */
export async function startWorkerProcess(env: Record<string, string>, from: RunFrom = {}): Promise<ServerProcess> {
  let ready = false;
  const worker = await spawnBlocksmith(
    'worker',
    env,
    '',
    async () => ready,
    (output) => (ready = /worker \S+ ready/.test(output)),
    from,
  );
  return worker;
}

async function spawnBlocksmith(
  command: string,
  env: Record<string, string>,
  url: string,
  isReady: () => Promise<boolean>,
  onOutput: (output: string) => void = () => undefined,
  from: RunFrom = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, blocksmithArgs([command], from), {
    env: { ...process.env, HOST: '127.0.0.1', BLOCKSMITH_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    onOutput(output);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 20_000;
  while (!(await isReady())) {
    if (child.exitCode !== null) throw new Error(`blocksmith ${command} exited during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`blocksmith ${command} did not start within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const signal = async (name: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL'), output: () => output };
}
