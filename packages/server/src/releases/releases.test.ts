import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { greeterGraph } from '../testing/greeter-graph.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** The greeter with another greeting: each saved version says which it is. */
const greeter = (greeting: string) => ({
  ...greeterGraph,
  nodes: greeterGraph.nodes.map((n) => (n.id === 'greet' ? { ...n, inputs: { template: `${greeting} {{who}}` } } : n)),
});

/** Calls an agent that runs another one by alias, as a sub-agent. */
const caller = (agentId: string, alias: string) => ({
  name: 'Caller',
  nodes: [
    { id: 'call', block: 'agent.run_graph', inputs: { graph_id: agentId, alias, inputs: { who: 'sub' } } },
    { id: 'out', block: 'output', inputs: { name: 'said' } },
  ],
  links: [{ from: { node: 'call', output: 'greeting' }, to: { node: 'out', input: 'value' } }],
});

describe('releases: aliases, triggers on the released version, a gate, rollback (real server)', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;
  let editor: ApiClient;
  let runner: ApiClient;
  let keyClient: ApiClient;
  let agent: string;
  let hookPath: string;
  let dataset: string;

  const greetingOf = async (client: ApiClient, started: { body: { runId: string } }) => (await client.waitForRun(started.body.runId)).run.outputs.greeting?.[0];
  const viaWebhook = async () => (await owner.post(`${hookPath}?wait=true`, { who: 'hook' })).body.outputs.greeting[0];

  beforeAll(async () => {
    let other: ApiClient;
    ({ owner, other, stop } = await startWithTwoAccounts());
    const team = (await owner.post('/api/workspaces', { name: 'Team' })).body.workspace.id;
    owner = owner.inWorkspace(team);
    const { token } = (await owner.post(`/api/workspaces/${team}/invitations`, { role: 'editor' })).body;
    await other.post(`/api/invitations/${token}/accept`);
    editor = other.inWorkspace(team);
    const third = new ApiClient(owner.baseUrl);
    await third.post('/api/auth/signup', { email: 'runner@x.test', password: 'password-c' });
    const runnerInvite = (await owner.post(`/api/workspaces/${team}/invitations`, { role: 'runner' })).body.token;
    await third.post(`/api/invitations/${runnerInvite}/accept`);
    runner = third.inWorkspace(team);
    keyClient = new ApiClient(owner.baseUrl, (await owner.post('/api/keys', { name: 'program' })).body.secret);
    agent = (await owner.post('/api/graphs', greeter('Hello'))).body.id;
    hookPath = (await owner.post(`/api/graphs/${agent}/webhooks`, {})).body.path;
    dataset = (
      await owner.post('/api/datasets', {
        name: 'greetings',
        evaluators: [{ kind: 'exact', output: 'greeting' }],
        cases: [{ inputs: { who: 'Ada' }, expected: { greeting: 'Hello Ada' } }],
      })
    ).body.dataset.id;
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  it('runs the latest version from every trigger while the agent has no alias (as before releases)', async () => {
    await owner.put(`/api/graphs/${agent}`, greeter('Howdy'));
    expect(await viaWebhook()).toBe('Howdy hook');
    expect(await greetingOf(keyClient, await keyClient.post(`/api/graphs/${agent}/runs`, { inputs: { who: 'key' } }))).toBe('Howdy key');
  });

  it('runs the production version from webhooks and API keys after a new save; the editor runs the latest; an alias is run by name', async () => {
    const released = await owner.put(`/api/graphs/${agent}/aliases/production`, { version: 1 });
    expect(released.status).toBe(200);
    expect(released.body.release).toMatchObject({ alias: 'production', version: 1, userId: expect.any(String) });
    await owner.put(`/api/graphs/${agent}`, greeter('Hi'));
    expect(await viaWebhook()).toBe('Hello hook');
    expect(await greetingOf(keyClient, await keyClient.post(`/api/graphs/${agent}/runs`, { inputs: { who: 'key' } }))).toBe('Hello key');
    expect(await greetingOf(owner, await owner.post(`/api/graphs/${agent}/runs`, { inputs: { who: 'app' } }))).toBe('Hi app');

    const missing = await keyClient.post(`/api/graphs/${agent}/runs`, { alias: 'staging' });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'unknown_alias', message: `Agent ${agent} has no alias "staging"; its aliases are "production".` });
    await editor.put(`/api/graphs/${agent}/aliases/staging`, { version: 3 });
    expect(await greetingOf(keyClient, await keyClient.post(`/api/graphs/${agent}/runs`, { alias: 'staging', inputs: { who: 'key' } }))).toBe('Hi key');
    expect((await keyClient.post(`/api/graphs/${agent}/runs`, { alias: 'staging', version: 1 })).status).toBe(400);

    // A sub-agent block by alias, and a schedule that names one.
    const callerId = (await owner.post('/api/graphs', caller(agent, 'staging'))).body.id;
    expect((await owner.waitForRun((await owner.post(`/api/graphs/${callerId}/runs`, {})).body.runId)).run.outputs.said).toEqual(['Hi sub']);
    const schedule = await owner.post(`/api/graphs/${agent}/schedules`, { cron: '0 9 * * *', timezone: 'UTC', alias: 'staging' });
    expect(schedule.body.schedule.alias).toBe('staging');
    expect((await owner.post(`/api/graphs/${agent}/schedules`, { cron: '0 9 * * *', timezone: 'UTC', alias: 'canary' })).body.error.code).toBe('unknown_alias');
  });

  it('refuses a promotion behind a gate without a passing evaluation, and records the one that passed', async () => {
    // Only an admin may set what a release needs.
    expect((await editor.put(`/api/graphs/${agent}/aliases/production`, { version: 1, gate: { datasetId: dataset, minScore: 1 } })).status).toBe(403);
    const gated = await owner.put(`/api/graphs/${agent}/aliases/production`, { version: 1, gate: { datasetId: dataset, minScore: 1 } });
    expect(gated.body.alias).toMatchObject({ version: 1, gate: { datasetId: dataset, minScore: 1 } });

    const untested = await editor.put(`/api/graphs/${agent}/aliases/production`, { version: 3 });
    expect(untested.status).toBe(409);
    expect(untested.body.error.code).toBe('gate_not_passed');
    expect(untested.body.error.message).toMatch(
      /^"production" needs an evaluation on dataset "greetings" scoring at least 1; version 3 has no completed evaluation there/,
    );

    // A runner evaluates with the dataset's evaluators; giving evaluators of one's own (a judge's prompt and credential) is building.
    const own = await runner.post(`/api/graphs/${agent}/evaluations`, {
      dataset: 'greetings',
      version: 3,
      evaluators: [{ kind: 'exact', output: 'greeting' }],
    });
    expect(own.status).toBe(403);
    const failing = await owner.waitForEvaluation(
      (await runner.post(`/api/graphs/${agent}/evaluations`, { dataset: 'greetings', version: 3 })).body.evaluation.id,
    );
    expect(failing.evaluation.summary.score).toBe(0);
    const refused = await editor.put(`/api/graphs/${agent}/aliases/production`, { version: 3 });
    expect(refused.body.error.message).toBe(
      `"production" needs an evaluation on dataset "greetings" scoring at least 1; version 3 scored 0.000 (evaluation ${failing.evaluation.id}). Fix the agent, save a new version, and evaluate it.`,
    );
    expect(await viaWebhook()).toBe('Hello hook');

    await owner.put(`/api/graphs/${agent}`, greeter('Hello'));
    const passing = await owner.waitForEvaluation(
      (await owner.post(`/api/graphs/${agent}/evaluations`, { dataset: 'greetings', version: 4 })).body.evaluation.id,
    );
    const promoted = await editor.put(`/api/graphs/${agent}/aliases/production`, { version: 4 });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({
      alias: { name: 'production', version: 4 },
      release: { version: 4, fromVersion: 1, evaluationId: passing.evaluation.id },
      evaluation: { id: passing.evaluation.id },
    });
  });

  it('rolls back by moving the alias to a version it had, without the gate; the history tells every move', async () => {
    const back = await editor.put(`/api/graphs/${agent}/aliases/production`, { version: 1 });
    expect(back.status).toBe(200);
    expect(back.body.release).toMatchObject({ version: 1, fromVersion: 4 });
    expect(back.body.release.note).toMatch(/^Rollback to version 1/);
    expect(await viaWebhook()).toBe('Hello hook');
    const { body } = await owner.get(`/api/graphs/${agent}/releases`);
    expect(body.aliases.map((a: { name: string; version: number }) => [a.name, a.version])).toEqual([
      ['production', 1],
      ['staging', 3],
    ]);
    expect(body.releases.map((r: { alias: string; version?: number }) => `${r.alias}:${r.version}`)).toEqual([
      'production:1',
      'production:4',
      'production:1',
      'staging:3',
      'production:1',
    ]);
    // The gate cannot be dropped by an editor: not by removing the alias, nor by deleting its dataset.
    expect((await editor.delete(`/api/graphs/${agent}/aliases/production`)).status).toBe(403);
    const inUse = await editor.delete(`/api/datasets/${dataset}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toBe(`This dataset is the release gate of "production" of agent ${agent}; remove or change that gate first.`);
    expect((await editor.delete(`/api/graphs/${agent}/aliases/staging`)).status).toBe(204);
    expect((await owner.delete(`/api/graphs/${agent}/aliases/staging`)).status).toBe(404);
  });

  it("checks a schedule's inputs against the version it will run: production's, not a newer draft's", async () => {
    const id = (await owner.post('/api/graphs', greeter('Hello'))).body.id;
    await owner.put(`/api/graphs/${id}/aliases/production`, { version: 1 });
    // Version 2 needs an input version 1 does not have.
    await owner.put(`/api/graphs/${id}`, { ...greeter('Hello'), nodes: [...greeter('Hello').nodes, { id: 'lang', block: 'input', inputs: { name: 'lang' } }] });
    const schedule = await owner.post(`/api/graphs/${id}/schedules`, { cron: '0 9 * * *', timezone: 'UTC', inputs: { who: 'team' } });
    expect(schedule.status).toBe(201);
    const draft = await owner.post(`/api/graphs/${id}/schedules`, {
      cron: '0 9 * * *',
      timezone: 'UTC',
      inputs: { who: 'team' },
      alias: 'production',
      enabled: true,
    });
    expect(draft.status).toBe(201);
    await owner.delete(`/api/graphs/${id}/aliases/production`);
    const latest = await owner.post(`/api/graphs/${id}/schedules`, { cron: '0 9 * * *', timezone: 'UTC', inputs: { who: 'team' } });
    expect(latest.status).toBe(400);
    expect(latest.body.error.message).toMatch(/"lang" has no default/);
  });
});
