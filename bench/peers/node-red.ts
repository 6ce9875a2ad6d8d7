import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { W4_ITEMS, type EngineUnderTest } from './engine-under-test.ts';
import { elapsedMs, waitForUrl } from './processes.ts';

const require = createRequire(import.meta.url);

/** A function node that does one trivial transform, like math.arithmetic in the Blocksmith graphs. */
const fn = (id: string, code: string, next: string[]) => ({ id, type: 'function', z: 'flow', func: `${code}\nreturn msg;`, outputs: 1, wires: [next] });

/** http in → N function nodes → http response. */
function chain(path: string, length: number, idPrefix: string): unknown[] {
  const ids = Array.from({ length }, (_, i) => `${idPrefix}${i}`);
  return [
    { id: `${idPrefix}in`, type: 'http in', z: 'flow', url: path, method: 'post', wires: [[ids[0]]] },
    ...ids.map((id, i) => fn(id, 'msg.payload.x = msg.payload.x + 1;', [ids[i + 1] ?? `${idPrefix}out`])),
    { id: `${idPrefix}out`, type: 'http response', z: 'flow', statusCode: '', wires: [] },
  ];
}

/** http in → `items` items → split → ×2, +3, −1 → join → http response. */
function fanout(p: string, items: number): unknown[] {
  return [
    { id: `${p}in`, type: 'http in', z: 'flow', url: `/${p}`, method: 'post', wires: [[`${p}items`]] },
    fn(`${p}items`, `msg.payload = Array.from({ length: ${items} }, (_, i) => i);`, [`${p}split`]),
    {
      id: `${p}split`,
      type: 'split',
      z: 'flow',
      splt: '\\n',
      spltType: 'str',
      arraySplt: 1,
      arraySpltType: 'len',
      stream: false,
      addname: '',
      wires: [[`${p}a`]],
    },
    fn(`${p}a`, 'msg.payload = msg.payload * 2;', [`${p}b`]),
    fn(`${p}b`, 'msg.payload = msg.payload + 3;', [`${p}c`]),
    fn(`${p}c`, 'msg.payload = msg.payload - 1;', [`${p}join`]),
    {
      id: `${p}join`,
      type: 'join',
      z: 'flow',
      mode: 'auto',
      build: 'array',
      property: 'payload',
      propertyType: 'msg',
      count: '',
      joiner: '\\n',
      timeout: '',
      wires: [[`${p}out`]],
    },
    { id: `${p}out`, type: 'http response', z: 'flow', statusCode: '', wires: [] },
  ];
}

/** Node-RED, headless on loopback, with the three workloads as flows. It keeps no record of executions. */
export async function startNodeRed(port: number): Promise<EngineUnderTest> {
  const userDir = await mkdtemp(join(tmpdir(), 'bench-node-red-'));
  const flows = [
    { id: 'flow', type: 'tab', label: 'bench' },
    ...chain('/w1', 100, 'w1n'),
    ...fanout('w2', 1000),
    ...chain('/w3', 5, 'w3n'),
    ...fanout('w4', W4_ITEMS),
  ];
  await writeFile(join(userDir, 'flows.json'), JSON.stringify(flows));
  await writeFile(
    join(userDir, 'settings.js'),
    `module.exports = { uiHost: '127.0.0.1', uiPort: ${port}, httpAdminRoot: false, flowFile: 'flows.json', logging: { console: { level: 'warn' } }, editorTheme: { tours: false } };`,
  );
  const main = require.resolve('node-red/red.js');
  const spawned = process.hrtime.bigint();
  const child = spawn(process.execPath, [main, '--userDir', userDir, '--settings', join(userDir, 'settings.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const base = `http://127.0.0.1:${port}`;
  await waitForUrl(`${base}/w3`, child, { x: 0 });
  const readyMs = elapsedMs(spawned);
  return {
    readyMs,
    name: 'node-red',
    version: (require('node-red/package.json') as { version: string }).version,
    persisted: false,
    summarize: (workload, answer) => (workload === 'W2' || workload === 'W4' ? (answer as unknown[]).length : (answer as { x: number }).x),
    urls: { W1: `${base}/w1`, W2: `${base}/w2`, W3: `${base}/w3`, W4: `${base}/w4` },
    pids: () => [child.pid!],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
