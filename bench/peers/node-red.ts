import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineUnderTest } from './engine-under-test.ts';
import { waitForUrl } from './processes.ts';

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

/** http in → 1000 items → split → ×2, +3, −1 → join → http response. */
function fanout(): unknown[] {
  return [
    { id: 'w2in', type: 'http in', z: 'flow', url: '/w2', method: 'post', wires: [['w2items']] },
    fn('w2items', 'msg.payload = Array.from({ length: 1000 }, (_, i) => i);', ['w2split']),
    { id: 'w2split', type: 'split', z: 'flow', splt: '\\n', spltType: 'str', arraySplt: 1, arraySpltType: 'len', stream: false, addname: '', wires: [['w2a']] },
    fn('w2a', 'msg.payload = msg.payload * 2;', ['w2b']),
    fn('w2b', 'msg.payload = msg.payload + 3;', ['w2c']),
    fn('w2c', 'msg.payload = msg.payload - 1;', ['w2join']),
    {
      id: 'w2join',
      type: 'join',
      z: 'flow',
      mode: 'auto',
      build: 'array',
      property: 'payload',
      propertyType: 'msg',
      count: '',
      joiner: '\\n',
      timeout: '',
      wires: [['w2out']],
    },
    { id: 'w2out', type: 'http response', z: 'flow', statusCode: '', wires: [] },
  ];
}

/** Node-RED, headless on loopback, with the three workloads as flows. It keeps no record of executions. */
export async function startNodeRed(port: number): Promise<EngineUnderTest> {
  const userDir = await mkdtemp(join(tmpdir(), 'bench-node-red-'));
  const flows = [{ id: 'flow', type: 'tab', label: 'bench' }, ...chain('/w1', 100, 'w1n'), ...fanout(), ...chain('/w3', 5, 'w3n')];
  await writeFile(join(userDir, 'flows.json'), JSON.stringify(flows));
  await writeFile(
    join(userDir, 'settings.js'),
    `module.exports = { uiHost: '127.0.0.1', uiPort: ${port}, httpAdminRoot: false, flowFile: 'flows.json', logging: { console: { level: 'warn' } }, editorTheme: { tours: false } };`,
  );
  const main = require.resolve('node-red/red.js');
  const child = spawn(process.execPath, [main, '--userDir', userDir, '--settings', join(userDir, 'settings.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const base = `http://127.0.0.1:${port}`;
  await waitForUrl(`${base}/w3`, child, { x: 0 });
  return {
    name: 'node-red',
    version: (require('node-red/package.json') as { version: string }).version,
    persisted: false,
    summarize: (workload, answer) => (workload === 'W2' ? (answer as unknown[]).length : (answer as { x: number }).x),
    urls: { W1: `${base}/w1`, W2: `${base}/w2`, W3: `${base}/w3` },
    pids: () => [child.pid!],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
