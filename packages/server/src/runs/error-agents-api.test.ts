import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

const divider = {
  name: 'Divider',
  nodes: [
    { id: 'a', block: 'input', inputs: { name: 'a' } },
    { id: 'divide', block: 'math.arithmetic', inputs: { operation: 'divide', b: 0 } },
  ],
  links: [{ from: { node: 'a', output: 'result' }, to: { node: 'divide', input: 'a' } }],
};
const onFailure = {
  name: 'On failure',
  nodes: [
    { id: 'failure', block: 'input', inputs: { name: 'failure' } },
    { id: 'seen', block: 'output', inputs: { name: 'seen' } },
  ],
  links: [{ from: { node: 'failure', output: 'result' }, to: { node: 'seen', input: 'value' } }],
};

describe('error agents (real server process)', () => {
  let owner: ApiClient;
  let other: ApiClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ owner, other, stop } = await startWithTwoAccounts());
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  it('refuses an error agent that could not answer, and names one that can', async () => {
    const agent = (await owner.post('/api/graphs', divider)).body.id;
    const noInput = (await owner.post('/api/graphs', { ...onFailure, name: 'No failure input', nodes: [onFailure.nodes[1]], links: [] })).body.id;
    const foreign = (await other.post('/api/graphs', onFailure)).body.id;
    const itself = await owner.patch(`/api/graphs/${agent}`, { errorAgentId: agent });
    expect(itself.body.error).toMatchObject({ code: 'invalid_error_agent', message: 'An agent cannot be its own error agent: name another agent.' });
    expect((await owner.patch(`/api/graphs/${agent}`, { errorAgentId: foreign })).status).toBe(404);
    const without = await owner.patch(`/api/graphs/${agent}`, { errorAgentId: noInput });
    expect(without.status).toBe(400);
    expect(without.body.error.message).toContain('has no Input block named "failure"');
    expect((await owner.patch(`/api/graphs/${agent}`, {})).status).toBe(400);
  });

  it("runs the error agent with the failed run's details when a run fails, and not when the setting is removed", async () => {
    const agent = (await owner.post('/api/graphs', divider)).body.id;
    const errorAgent = (await owner.post('/api/graphs', onFailure)).body.id;
    const named = await owner.patch(`/api/graphs/${agent}`, { errorAgentId: errorAgent });
    expect(named.body).toMatchObject({ id: agent, errorAgentId: errorAgent });

    const { runId } = (await owner.post(`/api/graphs/${agent}/runs`, { inputs: { a: 7 } })).body;
    expect((await owner.waitForRun(runId)).run.status).toBe('FAILED');
    let answers: { id: string }[] = [];
    const listed = async () => (answers = (await owner.get(`/api/runs?trigger=error&graphId=${errorAgent}`)).body.runs).length;
    await expect.poll(listed, { timeout: 15_000 }).toBe(1);
    const errorRun = await owner.waitForRun(answers[0]!.id);
    expect(errorRun.run).toMatchObject({ status: 'COMPLETED', trigger: { kind: 'error', failedRunId: runId } });
    expect(errorRun.run.outputs.seen[0]).toMatchObject({
      runId,
      agent: { id: agent, name: 'Divider', version: 1 },
      node: { id: 'divide', block: 'math.arithmetic' },
      inputs: { a: 7 },
    });
    expect(errorRun.run.outputs.seen[0].node.error).toContain('zero');

    const removed = await owner.patch(`/api/graphs/${agent}`, { errorAgentId: null });
    expect(removed.body.errorAgentId).toBeUndefined();
  });
});
