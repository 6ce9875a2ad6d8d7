import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A quick step whose result is recorded, then a wait that keeps the run going until the test stops it. */
const stepThenWait = {
  name: 'Step then wait',
  nodes: [
    { id: 'step', block: 'text.slugify', inputs: { text: 'Kept In The Backup' } },
    { id: 'wait', block: 'time.delay', inputs: { ms: 600_000 } },
    { id: 'out', block: 'output', inputs: { name: 'result' } },
  ],
  links: [
    { from: { node: 'step', output: 'slug' }, to: { node: 'wait', input: 'value' } },
    { from: { node: 'wait', output: 'value' }, to: { node: 'out', input: 'value' } },
  ],
};

describe('blocksmith backup and restore (SQLite)', () => {
  let folder: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'blocksmith-backup-cli-'));
  });

  afterAll(async () => {
    await server?.stop();
    delete process.env.BLOCKSMITH_DATA_DIR;
    await rm(folder, { recursive: true, force: true });
  });

  it('copies the database while a run is going; the copy, restored in another folder, has the run and continues it', async () => {
    const first = join(folder, 'first');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: first });
    const api = new ApiClient(server.url);
    await api.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    const { body: graph } = await api.post('/api/graphs', stepThenWait);
    const { body: started } = await api.post(`/api/graphs/${graph.id}/runs`, {});
    const stepDone = async () => (await api.get(`/api/runs/${started.runId}`)).body.nodes?.step?.latest?.status === 'COMPLETED';
    while (!(await stepDone())) await new Promise((resolve) => setTimeout(resolve, 20));

    process.env.BLOCKSMITH_DATA_DIR = first;
    const backup = join(folder, 'while-running.sqlite');
    const made = await cli('backup', backup, '--json');
    expect(made).toMatchObject({ code: 0 });
    expect(JSON.parse(made.stdout)).toMatchObject({ file: backup, kind: 'sqlite' });
    // Changing the database beside the running server is refused, naming why.
    const refused = await cli('restore', backup, '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'refused' });
    expect(JSON.parse(refused.stdout).error.message).toContain('the server using it must be stopped first');
    expect((await cli('import', backup)).stderr).toContain('is not valid JSON');
    await server.stop();
    server = undefined;

    const second = join(folder, 'second');
    process.env.BLOCKSMITH_DATA_DIR = second;
    expect(await cli('restore', backup)).toMatchObject({ code: 0, stdout: `Restored the database from ${backup}.` });
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: second });
    const again = new ApiClient(server.url);
    expect((await again.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' })).status).toBe(200);
    const { body: detail } = await again.get(`/api/runs/${started.runId}`);
    // The run was going when the copy was taken: the restored platform resumes it from its recorded step.
    expect(detail.run.status).toBe('RUNNING');
    expect(detail.nodes.step.latest).toMatchObject({ status: 'COMPLETED', outputs: { slug: ['kept-in-the-backup'] } });
    expect((await again.post(`/api/runs/${started.runId}/stop`, {})).body.run.status).toBe('TERMINATED');
    await server.stop();
    server = undefined;
  }, 60_000);

  it('refuses a backup over an existing file and a file that is not a backup', async () => {
    process.env.BLOCKSMITH_DATA_DIR = join(folder, 'second');
    const taken = join(folder, 'while-running.sqlite');
    expect(await cli('backup', taken)).toMatchObject({
      code: 2,
      stderr: `blocksmith: ${taken} exists already: name a new file, so no earlier backup is overwritten.`,
    });
    expect((await cli('restore', join(folder, 'none'))).stderr).toBe(`blocksmith: There is no file ${join(folder, 'none')}.`);
    expect((await cli('backup')).code).toBe(2);
    // A setting the server would refuse is named, as JSON under --json.
    process.env.PORT = '70000';
    try {
      const { code, stdout } = await cli('backup', join(folder, 'never.sqlite'), '--json');
      expect(code).toBe(2);
      expect(JSON.parse(stdout).error.message).toContain('PORT');
    } finally {
      delete process.env.PORT;
    }
  });
});
