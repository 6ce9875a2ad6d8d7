/**
 * Start-up benchmark (npm run bench): how long the compiled `blocksmith` command takes to print its
 * help and to run a one-node graph, and its peak memory; how long the server takes to be ready and
 * what it holds when idle. Next to a bare `node -e 0` measured the same way in the same run.
 * One JSON line per measurement (medians of RUNS).
 */
import { blocksmithArgs, freePort } from '@blocksmith/server/testing';
import { createTestDatabase } from '@blocksmith/store/testing';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, rssMb } from './peers/measure.ts';
import { elapsedMs } from './peers/processes.ts';

const RUNS = 7;
/** Loaded before the command: reports its peak resident memory as it exits. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;

function timeCommand(name: string, args: string[]): void {
  const wall: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', REPORT_RSS, ...args], { encoding: 'utf8' });
    wall.push(elapsedMs(started));
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    rss.push(Number(/maxrss_kb=(\d+)/.exec(result.stderr)?.[1]) / 1024);
  }
  console.log(JSON.stringify({ bench: 'startup', command: name, runs: RUNS, wall_ms_p50: Math.round(median(wall)), peak_rss_mb: Math.round(median(rss)) }));
}

async function serverStart(): Promise<void> {
  const ready: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < 3; i++) {
    const database = await createTestDatabase('sqlite');
    const port = await freePort();
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, blocksmithArgs(['start'], { compiled: true }), {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_LOG_LEVEL: 'error' },
      stdio: 'ignore',
    });
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      if (answer?.ok) break;
      if (child.exitCode !== null) throw new Error(`blocksmith start exited ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    ready.push(elapsedMs(started));
    // Idle: after its start-up work (migrations, the first checkpoint) has settled.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    idle.push(rssMb([child.pid!]));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await database.drop();
  }
  console.log(
    JSON.stringify({
      bench: 'startup',
      command: 'blocksmith start (first start: migrations)',
      runs: 3,
      ready_ms_p50: Math.round(median(ready)),
      idle_rss_mb: Math.round(median(idle)),
    }),
  );
}

const dir = await mkdtemp(join(tmpdir(), 'bench-startup-'));
const graph = join(dir, 'one.json');
await writeFile(graph, JSON.stringify({ name: 'one', nodes: [{ id: 'y', block: 'output', inputs: { name: 'y', value: 1 } }], links: [] }));
timeCommand('node -e 0 (baseline)', ['-e', '0']);
timeCommand('blocksmith --help', blocksmithArgs(['--help'], { compiled: true }));
timeCommand('blocksmith run (one node)', blocksmithArgs(['run', graph, '--json'], { compiled: true }));
await serverStart();
