import { execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EngineUnderTest, Workload } from './engine-under-test.ts';
import { elapsedMs, waitForUrl } from './processes.ts';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const BIN = join(import.meta.dirname, 'node_modules', '.bin', 'n8n');

type N8nNode = { name: string; type: string; typeVersion: number; parameters: Record<string, unknown> };

const webhook = (path: string): N8nNode => ({
  name: 'Webhook',
  type: 'n8n-nodes-base.webhook',
  typeVersion: 2,
  parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
});

/** An Edit Fields (Set) node assigning one field from an expression: n8n's trivial transform. */
const set = (name: string, field: string, expression: string, type = 'number'): N8nNode => ({
  name,
  type: 'n8n-nodes-base.set',
  typeVersion: 3.4,
  parameters: { assignments: { assignments: [{ id: name, name: field, value: `={{ ${expression} }}`, type }] }, options: {} },
});

/** A workflow whose nodes run in a line, in the file format `n8n import:workflow` reads. */
function workflow(id: string, name: string, nodes: N8nNode[]) {
  return {
    id,
    name,
    active: false,
    settings: { executionOrder: 'v1' },
    nodes: nodes.map((node, i) => ({ ...node, id: `${id}-${i}`, position: [i * 200, 0], ...(node.name === 'Webhook' ? { webhookId: `${id}-hook` } : {}) })),
    connections: Object.fromEntries(nodes.slice(0, -1).map((node, i) => [node.name, { main: [[{ node: nodes[i + 1]!.name, type: 'main', index: 0 }]] }])),
  };
}

const chain = (length: number) => [
  set('Add 1', 'x', '$json.body.x + 1'),
  ...Array.from({ length: length - 1 }, (_, i) => set(`Add ${i + 2}`, 'x', '$json.x + 1')),
];

const WORKFLOWS = [
  workflow('benchW1chain100', 'W1 chain-100', [webhook('w1'), ...chain(100)]),
  workflow('benchW2fanout1000', 'W2 fanout-1000', [
    webhook('w2'),
    set('Items', 'items', 'Array.from({ length: 1000 }, (_, i) => i)', 'array'),
    { name: 'Split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'items', options: {} } },
    set('Double', 'v', '$json.items * 2'),
    set('Plus 3', 'v', '$json.v + 3'),
    set('Minus 1', 'v', '$json.v - 1'),
    {
      name: 'Collect',
      type: 'n8n-nodes-base.aggregate',
      typeVersion: 1,
      parameters: { fieldsToAggregate: { fieldToAggregate: [{ fieldToAggregate: 'v' }] }, options: {} },
    },
  ]),
  workflow('benchW3webhook5', 'W3 webhook', [webhook('w3'), ...chain(5)]),
];

/** n8n on loopback with its default SQLite, saving every execution (its default), the workflows imported and published. */
export async function startN8n(port: number): Promise<EngineUnderTest> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-n8n-'));
  const env = {
    ...process.env,
    N8N_USER_FOLDER: folder,
    N8N_PORT: String(port),
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_HIRING_BANNER_ENABLED: 'false',
    N8N_SECURE_COOKIE: 'false',
    N8N_LOG_LEVEL: 'warn',
    EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
  };
  const file = join(folder, 'workflows.json');
  await writeFile(file, JSON.stringify(WORKFLOWS));
  await run(BIN, ['import:workflow', `--input=${file}`], { env });
  for (const { id } of WORKFLOWS) await run(BIN, ['publish:workflow', `--id=${id}`], { env });
  const spawned = process.hrtime.bigint();
  const child = spawn(BIN, ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const base = `http://127.0.0.1:${port}/webhook`;
  await waitForUrl(`${base}/w3`, child, { x: 0 }, 180_000);
  const readyMs = elapsedMs(spawned);
  return {
    readyMs,
    name: 'n8n',
    version: (require('n8n/package.json') as { version: string }).version,
    persisted: true,
    urls: { W1: `${base}/w1`, W2: `${base}/w2`, W3: `${base}/w3` },
    summarize: (workload: Workload, answer: unknown) => (workload === 'W2' ? (answer as { v: unknown[] }).v.length : (answer as { x: number }).x),
    pids: () => [child.pid!],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
