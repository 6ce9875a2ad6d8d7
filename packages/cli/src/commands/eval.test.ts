import { ApiClient, blocksmithArgs, greeterGraph, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Runs the installed command as a CI pipeline would, with the key in its environment. */
function blocksmith(args: string[], key: string | undefined): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (key) env.BLOCKSMITH_API_KEY = key;
  else delete env.BLOCKSMITH_API_KEY;
  return new Promise((resolve) => {
    execFile(process.execPath, blocksmithArgs(args), { env }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

describe('blocksmith eval: an evaluation as a CI gate, against a server process', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let key: string;
  let agent: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir });
    const owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    key = (await owner.post('/api/keys', { name: 'ci' })).body.secret;
    agent = (await owner.post('/api/graphs', greeterGraph)).body.id;
    // One case the greeter gets right and one it cannot: the score is 0.5.
    await owner.post('/api/datasets', {
      name: 'greetings',
      threshold: 0.9,
      evaluators: [{ kind: 'exact', output: 'greeting' }],
      cases: [
        { inputs: { who: 'Ada' }, expected: { greeting: 'Hello Ada' } },
        { inputs: { who: 'Bob' }, expected: { greeting: 'Hi Bob' } },
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('exits 0 when the score reaches --min-score, printing each case and the totals', async () => {
    const { code, stdout } = await blocksmith(['eval', '--agent', agent, '--dataset', 'greetings', '--min-score', '0.5', '--url', server.url], key);
    expect(stdout).toContain('1\t1.00\tCOMPLETED\t{"who":"Ada"}');
    expect(stdout).toContain('2\t0.00\tCOMPLETED\t{"who":"Bob"}\tgreeting/exact: Expected "Hi Bob", got "Hello Bob".');
    expect(stdout).toMatch(/score 0\.500 · 50 % of 2 cases passed/);
    expect(stdout).toContain('PASSED: 0.500 ≥ 0.5');
    expect(code).toBe(0);
  });

  it("exits 1 below the threshold (the dataset's, when --min-score is absent), and --json prints one parseable document", async () => {
    const { code, stdout } = await blocksmith(['eval', '--agent', agent, '--dataset', 'greetings', '--version', '1', '--json', '--url', server.url], key);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ passed: false, minScore: 0.9, evaluation: { status: 'COMPLETED', graphVersion: 1, summary: { score: 0.5 } } });
    expect(result.cases).toHaveLength(2);
  });

  it('exits 2 naming what is wrong: no key, a missing dataset, a bad flag', async () => {
    expect(await blocksmith(['eval', '--agent', agent, '--dataset', 'greetings', '--url', server.url], undefined)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('eval needs an API key in BLOCKSMITH_API_KEY'),
    });
    const missing = await blocksmith(['eval', '--agent', agent, '--dataset', 'nope', '--url', server.url], key);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('answered 404: Dataset "nope" was not found.');
    expect((await blocksmith(['eval', '--agent', agent, '--dataset', 'greetings', '--min-score', '2', '--url', server.url], key)).stderr).toContain(
      '--min-score must be a score from 0 to 1, not "2".',
    );
  });
});
