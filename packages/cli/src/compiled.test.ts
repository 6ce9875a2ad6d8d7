import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const BIN = join(ROOT, 'packages/cli/bin/blocksmith.js');

/** What `blocksmith run` must not load: the server and what only the server uses, and the libraries of blocks the graph has not. */
const NOT_FOR_RUN = [
  'packages/server/',
  'node_modules/fastify/',
  'node_modules/ioredis/',
  'node_modules/kysely/',
  'node_modules/better-sqlite3/',
  'node_modules/pg/',
  'node_modules/mysql2/',
  'node_modules/@modelcontextprotocol/',
  'node_modules/ai/',
  'node_modules/@ai-sdk/',
  'node_modules/linkedom/',
  'node_modules/nodemailer/',
  'node_modules/jsonata/',
];

/**
 * The compiled command, as `npm start` and an installed `blocksmith` run it: JavaScript in each
 * package's dist/ (built by `npm ci`'s prepare script, and here if stale), no TypeScript loader.
 */
describe('the compiled blocksmith command', () => {
  let dir: string;
  let database: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-if-stale.mjs'), 'packages', 'web'], { stdio: 'inherit' });
    dir = await mkdtemp(join(tmpdir(), 'blocksmith-compiled-'));
    database = await createTestDatabase('sqlite');
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('runs a graph loading only JavaScript, and nothing of the server or of blocks the graph does not use', async () => {
    // A module hook (in its own thread) that writes down every module the command loads.
    const loads = join(dir, 'loads.txt');
    await writeFile(
      join(dir, 'hooks.mjs'),
      "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADS_FILE, url + '\\n'); return next(url, context); }\n",
    );
    await writeFile(
      join(dir, 'record-loads.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)});\n`,
    );
    const graph = join(dir, 'one.json');
    await writeFile(graph, JSON.stringify({ name: 'one', nodes: [{ id: 'y', block: 'output', inputs: { name: 'y', value: 42 } }], links: [] }));

    const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(dir, 'record-loads.mjs'), BIN, 'run', graph, '--json'], {
      env: { ...process.env, LOADS_FILE: loads },
    });
    expect(JSON.parse(stdout)).toMatchObject({ status: 'COMPLETED', outputs: { y: [42] } });

    const loaded = (await readFile(loads, 'utf8')).trim().split('\n');
    expect(loaded).toContain(`file://${join(ROOT, 'packages/cli/dist/main.js')}`);
    expect(loaded.filter((url) => url.endsWith('.ts'))).toEqual([]);
    expect(loaded.filter((url) => NOT_FOR_RUN.some((part) => url.includes(part)))).toEqual([]);
  });

  it('prints its help', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, '--help']);
    expect(stdout).toContain('blocksmith start');
  });

  it('serves the web app and the example agents, and runs code in the sandbox, from dist/', async () => {
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir }, 'start', { compiled: true });
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const client = new ApiClient(server.url);
    await client.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    const { body: library } = await client.get('/api/graphs');
    expect(library.graphs.length).toBeGreaterThan(0);

    const { body: graph } = await client.post('/api/graphs', {
      name: 'Sandboxed',
      nodes: [
        { id: 'code', block: 'code.javascript', inputs: { code: 'return 6 * 7' } },
        { id: 'out', block: 'output', inputs: { name: 'answer' } },
      ],
      links: [{ from: { node: 'code', output: 'result' }, to: { node: 'out', input: 'value' } }],
    });
    const { body: started } = await client.post(`/api/graphs/${graph.id}/runs`, {});
    expect((await client.waitForRun(started.runId)).run).toMatchObject({ status: 'COMPLETED', outputs: { answer: [42] } });
  });
});
