import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

/** Two model calls in a row, each 12 tokens (10 in, 2 out) of gpt-4o-mini. */
function twoCalls(credential: string) {
  return {
    name: 'Two calls',
    nodes: [
      { id: 'topic', block: 'input', inputs: { name: 'topic', value: 'owls' } },
      { id: 'first', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential } },
      { id: 'second', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential } },
      { id: 'answer', block: 'output', inputs: { name: 'answer' } },
    ],
    links: [
      { from: { node: 'topic', output: 'result' }, to: { node: 'first', input: 'prompt' } },
      { from: { node: 'first', output: 'response' }, to: { node: 'second', input: 'prompt' } },
      { from: { node: 'second', output: 'response' }, to: { node: 'answer', input: 'value' } },
    ],
  };
}

describe('budgets (real server process, a scripted model)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let model: FakeModelServer;
  let owner: ApiClient;
  let credential: string;
  let agent: string;
  const env = () => ({
    BLOCKSMITH_DATA_DIR: database.options.dataDir,
    BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
    BLOCKSMITH_USER_MONTHLY_BUDGET_TOKENS: '1000000',
  });

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    model = await startFakeOpenAiServer([{ chunks: ['Hoot'], usage: { inputTokens: 10, outputTokens: 2 } }]);
    server = await startServerProcess(env());
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    credential = (await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } })).body
      .credential.id;
    agent = (await owner.post('/api/graphs', twoCalls(credential))).body.id;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await model?.close();
    await database?.drop();
  });

  it('stops a run at its per-run budget: FAILED with which budget and spent of limit, on the run and the node whose call it stopped', async () => {
    const started = await owner.post(`/api/graphs/${agent}/runs`, { budget: { tokens: 20 } });
    const { run, nodes } = await owner.waitForRun(started.body.runId);
    const message =
      "Budget reached: this run's budget — 24 tokens of 20 tokens spent. No more model calls are made; raise the budget or wait for its period to renew.";
    expect(run).toMatchObject({ status: 'FAILED', error: message, budget: { tokens: 20 }, usage: { inputTokens: 20, outputTokens: 4, calls: 2 } });
    expect(nodes.first.latest.status).toBe('COMPLETED');
    expect(nodes.second.latest).toMatchObject({ status: 'TERMINATED', error: { kind: 'budget', message } });
    expect(nodes.answer).toBeUndefined();
    // In dollars: each call of gpt-4o-mini costs $0.0000027 here.
    const byCost = await owner.waitForRun((await owner.post(`/api/graphs/${agent}/runs`, { budget: { costUsd: 0.000004 } })).body.runId);
    expect(byCost.run.error).toMatch(/^Budget reached: this run's budget — \$0\.0000054 of \$0\.0000040 spent\./);
    // The agent's own per-run budget applies when a start gives none.
    await owner.put(`/api/graphs/${agent}/budget`, { run: { tokens: 13 } });
    const capped = await owner.waitForRun((await owner.post(`/api/graphs/${agent}/runs`, {})).body.runId);
    expect(capped.run.error).toMatch(/^Budget reached: this run's budget — 24 tokens of 13 tokens spent/);
  });

  it("refuses the next run once the agent's monthly budget is spent, also after a restart, and shows the spend per day", async () => {
    const budget = await owner.put(`/api/graphs/${agent}/budget`, { month: { tokens: 84 } });
    expect(budget.body.budget).toEqual({ month: { tokens: 84 } });
    expect(budget.body.month).toEqual({ costUsd: expect.any(Number), tokens: 72, runs: 3 });
    const third = await owner.waitForRun((await owner.post(`/api/graphs/${agent}/runs`, {})).body.runId);
    expect(third.run.error).toMatch(/^Budget reached: the agent's monthly budget — 84 tokens of 84 tokens spent/);
    const refused = await owner.post(`/api/graphs/${agent}/runs`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'budget_reached',
      message:
        "Budget reached: the agent's monthly budget — 84 tokens of 84 tokens spent. No run starts until it is raised or renews on the 1st of the month (UTC).",
    });

    await server.stop();
    server = await startServerProcess(env());
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/login', { email: 'owner@x.test', password: 'password-a' });
    expect((await owner.post(`/api/graphs/${agent}/runs`, {})).body.error.code).toBe('budget_reached');
    const spend = (await owner.get(`/api/graphs/${agent}/spend?days=7`)).body;
    expect(spend.month).toMatchObject({ tokens: 84, runs: 4 });
    expect(spend.days.at(-1)).toMatchObject({ tokens: 84, runs: 4 });
    expect(spend.month.costUsd).toBeGreaterThan(0);
  });

  it("keeps a person's own budget at most the operator's, and shows what they spent this month", async () => {
    const tooHigh = await owner.put('/api/account/budget', { tokens: 2_000_000 });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.message).toBe("body.tokens: the server's monthly budget per person is 1000000; yours may be lower, not higher.");
    const mine = await owner.put('/api/account/budget', { tokens: 500 });
    expect(mine.body).toMatchObject({ operator: { tokens: 1_000_000 }, own: { tokens: 500 }, limit: { tokens: 500 }, month: { tokens: 84, runs: 4 } });
  });
});
