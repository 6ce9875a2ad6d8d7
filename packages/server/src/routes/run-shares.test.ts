import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';
import type { ServerProcess } from '../testing/server-process.ts';

const echo = {
  name: 'Echo',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'x' } },
    { id: 'out', block: 'output', inputs: { name: 'y' } },
  ],
  links: [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

describe('share links of runs (real server process)', () => {
  let server: ServerProcess;
  let owner: ApiClient;
  let stop: () => Promise<void>;
  let graphId: string;
  const anyone = () => new ApiClient(server.url);
  const big = 'a'.repeat(5000);

  beforeAll(async () => {
    // Values over 4 KiB are kept as files: the shared run names one.
    ({ server, owner, stop } = await startWithTwoAccounts({ BLOCKSMITH_INLINE_OUTPUT_BYTES: '4096' }));
    graphId = (await owner.post('/api/graphs', echo)).body.id;
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  const endedRun = async (x: unknown) => {
    const { runId } = (await owner.post(`/api/graphs/${graphId}/runs`, { inputs: { x } })).body;
    await owner.waitForRun(runId);
    return runId as string;
  };

  it("shows an ended run's inputs and outputs to anyone with the link, and nothing else of the platform", async () => {
    const runId = await endedRun(big);
    const created = await owner.post(`/api/runs/${runId}/shares`);
    expect(created.status).toBe(201);
    const { token, path, share } = created.body;
    expect(path).toBe(`/#/shared/${token}`);
    expect(share).toMatchObject({ runId, revokedAt: null });

    const seen = await anyone().get(`/api/shared/runs/${token}`);
    expect(seen.status).toBe(200);
    expect(Object.keys(seen.body.run).sort()).toEqual(['createdAt', 'endedAt', 'inputs', 'outputs', 'status']);
    expect(seen.body.run.status).toBe('COMPLETED');
    // The large value is a file of the owner's workspace: the link serves it, at a URL of its own.
    const large = seen.body.run.outputs.y[0].largeValue;
    expect(large.url).toBe(`/api/shared/runs/${token}/files/${large.fileId}`);
    const whole = await anyone().get(large.url);
    expect(whole.status).toBe(200);
    expect(whole.text).toBe(big);
    expect(whole.headers.get('content-security-policy')).toContain('sandbox');
    // The same file through the owner's own route needs the owner.
    expect((await anyone().get(`/api/files/${large.fileId}`)).status).toBe(401);
  });

  it('serves through a link only the files its run names', async () => {
    const uploaded = (await owner.request('POST', '/api/files?name=private.txt', 'private', { 'content-type': 'text/plain' })).body.file.fileId;
    const { token } = (await owner.post(`/api/runs/${await endedRun(big)}/shares`)).body;
    const other = await endedRun(big);
    const otherFile = (await owner.get(`/api/runs/${other}`)).body.run.outputs.y[0].largeValue.fileId;
    for (const fileId of [uploaded, otherFile, 'unknown']) {
      const answer = await anyone().get(`/api/shared/runs/${token}/files/${fileId}`);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('private');
    }
  });

  it('stops a revoked link at once, and keeps it in the list, revoked', async () => {
    const runId = await endedRun('hello');
    const { token, share } = (await owner.post(`/api/runs/${runId}/shares`)).body;
    expect((await anyone().get(`/api/shared/runs/${token}`)).body.run.outputs).toEqual({ y: ['hello'] });
    expect((await owner.delete(`/api/runs/${runId}/shares/${share.id}`)).status).toBe(204);
    const gone = await anyone().get(`/api/shared/runs/${token}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe('This link does not work: it was revoked, or the run it showed was deleted.');
    const { shares } = (await owner.get(`/api/runs/${runId}/shares`)).body;
    expect(shares).toHaveLength(1);
    expect(shares[0].revokedAt).toBeGreaterThan(0);
    // Revoking again changes nothing; a link the run does not have is not found.
    expect((await owner.delete(`/api/runs/${runId}/shares/${share.id}`)).status).toBe(204);
    expect((await owner.delete(`/api/runs/${runId}/shares/unknown`)).status).toBe(404);
    // Both are in the workspace's audit log.
    const { workspaces } = (await owner.get('/api/workspaces')).body as { workspaces: { id: string; personal: boolean }[] };
    const { events } = (await owner.get(`/api/workspaces/${workspaces.find((w) => w.personal)!.id}/audit`)).body;
    const actions = events.map((e: { action: string }) => e.action);
    expect(actions).toContain('shareRun');
    expect(actions).toContain('revokeRunShare');
  });

  it('takes the links of a deleted run with it', async () => {
    const runId = await endedRun('bye');
    const { token } = (await owner.post(`/api/runs/${runId}/shares`)).body;
    expect((await owner.delete(`/api/runs/${runId}`)).status).toBe(204);
    expect((await anyone().get(`/api/shared/runs/${token}`)).status).toBe(404);
  });

  it('shares only a run that has ended', async () => {
    const slow = (await owner.post('/api/graphs', { name: 'Slow', nodes: [{ id: 'wait', block: 'time.delay', inputs: { value: 1, ms: 60000 } }], links: [] }))
      .body.id;
    const { runId } = (await owner.post(`/api/graphs/${slow}/runs`, {})).body;
    await owner.waitForStatus(runId, 'RUNNING');
    const refused = await owner.post(`/api/runs/${runId}/shares`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'run_not_ended', message: `Run ${runId} is RUNNING: share it once it has ended.` });
    await owner.post(`/api/runs/${runId}/stop`);
    await owner.waitForRun(runId);
    expect((await owner.post(`/api/runs/${runId}/shares`)).status).toBe(201);
  });
});
