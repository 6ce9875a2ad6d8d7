import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import { startWithTwoAccounts } from '../testing/two-accounts.ts';

/** The text of the last message a model request carries. */
const lastMessage = (body: Record<string, unknown>): string => {
  const messages = body.messages as { content: string | { text?: string }[] }[];
  const content = messages.at(-1)!.content;
  return typeof content === 'string' ? content : content.map((part) => part.text ?? '').join('');
};

/** A scripted model: capitals (Kyoto for Japan until told better), and as a judge a verdict on whether the answer names the reference. */
function answer(body: Record<string, unknown>) {
  const text = lastMessage(body);
  const system = (body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'system')?.content;
  if (text.includes('Rubric:')) {
    const reference = /A reference answer:\n(.*)/.exec(text)?.[1];
    const given = /The agent's answer:\n(.*)/.exec(text)?.[1];
    const right = reference !== undefined && given === reference;
    return {
      chunks: [JSON.stringify({ score: right ? 1 : 0.2, reason: right ? 'Names the capital.' : `Says ${given}.` })],
      usage: { inputTokens: 50, outputTokens: 10 },
    };
  }
  if (text.startsWith('Grade:')) {
    const right = text.includes('Paris');
    return {
      chunks: [JSON.stringify({ score: right ? 0.9 : 0.1, reason: right ? 'Agent says right.' : 'Agent says wrong.' })],
      usage: { inputTokens: 20, outputTokens: 5 },
    };
  }
  const capitals: Record<string, string> = {
    France: 'Paris',
    Japan: typeof system === 'string' && system.includes('modern') ? 'Tokyo' : 'Kyoto',
    Italy: 'Rome',
  };
  const country = Object.keys(capitals).find((c) => text.includes(c));
  return { chunks: [country ? capitals[country]! : 'I do not know'], usage: { inputTokens: 10, outputTokens: 2 } };
}

function capitalAgent(credential: string, system: string) {
  return {
    schemaVersion: 1,
    name: 'Capitals',
    nodes: [
      { id: 'country', block: 'input', inputs: { name: 'country' } },
      { id: 'ask', block: 'ai.text', inputs: { model: 'gpt-4o-mini', credential, system } },
      { id: 'answer', block: 'output', inputs: { name: 'answer' } },
    ],
    links: [
      { from: { node: 'country', output: 'result' }, to: { node: 'ask', input: 'prompt' } },
      { from: { node: 'ask', output: 'response' }, to: { node: 'answer', input: 'value' } },
    ],
  };
}

/** An agent that grades an answer with the scripted model and puts out `score` and `reason`. */
function graderAgent(credential: string) {
  return {
    schemaVersion: 1,
    name: 'Grader',
    nodes: [
      { id: 'output', block: 'input', inputs: { name: 'output' } },
      { id: 'prompt', block: 'text.template', inputs: { template: 'Grade: {{answer}}' } },
      { id: 'grade', block: 'ai.structured', inputs: { model: 'gpt-4o-mini', credential, fields: { score: 'from 0 to 1', reason: 'why' } } },
      { id: 'pick_score', block: 'dict.get', inputs: { key: 'score' } },
      { id: 'pick_reason', block: 'dict.get', inputs: { key: 'reason' } },
      { id: 'score', block: 'output', inputs: { name: 'score' } },
      { id: 'reason', block: 'output', inputs: { name: 'reason' } },
    ],
    links: [
      { from: { node: 'output', output: 'result' }, to: { node: 'prompt', input: 'values.answer' } },
      { from: { node: 'prompt', output: 'result' }, to: { node: 'grade', input: 'prompt' } },
      { from: { node: 'grade', output: 'response' }, to: { node: 'pick_score', input: 'dict' } },
      { from: { node: 'grade', output: 'response' }, to: { node: 'pick_reason', input: 'dict' } },
      { from: { node: 'pick_score', output: 'value' }, to: { node: 'score', input: 'value' } },
      { from: { node: 'pick_reason', output: 'value' }, to: { node: 'reason', input: 'value' } },
    ],
  };
}

describe('datasets and evaluations (real server, a scripted OpenAI-compatible model)', () => {
  let stop: (() => Promise<void>) | undefined;
  let owner: ApiClient;
  let other: ApiClient;
  let model: FakeModelServer;
  let credential: string;
  let agentId: string;
  let graderId: string;
  let datasetId: string;
  let firstEvaluation: any;

  beforeAll(async () => {
    ({ owner, other, stop } = await startWithTwoAccounts({ BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' }));
    model = await startFakeOpenAiServer([{ from: answer }]);
    credential = (await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } })).body
      .credential.id;
    agentId = (await owner.post('/api/graphs', capitalAgent(credential, 'Name the capital.'))).body.id;
    graderId = (await owner.post('/api/graphs', graderAgent(credential))).body.id;
  }, 60_000);

  afterAll(async () => {
    await stop?.();
    await model?.close();
  });

  it('builds a dataset from two past runs, a CSV and JSON Lines, and edits an expectation', async () => {
    const runs = [];
    for (const country of ['France', 'Japan'])
      runs.push(await owner.waitForRun((await owner.post(`/api/graphs/${agentId}/runs`, { inputs: { country } })).body.runId));
    const created = await owner.post('/api/datasets', {
      name: 'capitals',
      graphId: agentId,
      threshold: 0.8,
      evaluators: [
        { kind: 'exact', output: 'answer', trim: true },
        { kind: 'judge', output: 'answer', rubric: 'Names the capital of the country.', model: 'gpt-4o-mini', credential },
      ],
    });
    expect(created.status).toBe(201);
    datasetId = created.body.dataset.id;
    const fromRuns = await owner.post(`/api/datasets/${datasetId}/from-runs`, { runIds: runs.map((r) => r.run.id) });
    expect(fromRuns.status).toBe(201);
    expect(fromRuns.body.cases.map((c: any) => [c.inputs, c.expected, c.fromRunId])).toEqual([
      [{ country: 'France' }, { answer: 'Paris' }, runs[0].run.id],
      [{ country: 'Japan' }, { answer: 'Kyoto' }, runs[1].run.id],
    ]);
    // The Japan run was wrong: the expectation is edited to the right answer.
    const japan = fromRuns.body.cases[1].id;
    expect((await owner.patch(`/api/datasets/${datasetId}/cases/${japan}`, { expected: { answer: 'Tokyo' } })).body.case.expected).toEqual({ answer: 'Tokyo' });
    const csv = await owner.post(`/api/datasets/${datasetId}/import`, { format: 'csv', text: 'country,expected.answer\nItaly,Rome\n' });
    expect(csv.body.cases.map((c: any) => [c.inputs, c.expected])).toEqual([[{ country: 'Italy' }, { answer: 'Rome' }]]);
    // A case whose inputs the agent does not take: its run cannot start, and it fails on its own.
    const jsonl = await owner.post(`/api/datasets/${datasetId}/import`, {
      format: 'jsonl',
      text: '{"inputs": {"nation": "Spain"}, "expected": {"answer": "Madrid"}}\n',
    });
    expect(jsonl.status).toBe(201);
    const bad = await owner.post(`/api/datasets/${datasetId}/import`, { format: 'jsonl', text: '{"inputs": 1}' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Line 1 of the JSON Lines must be an object like/);
    const { body } = await owner.get(`/api/datasets/${datasetId}`);
    expect(body.dataset.cases).toBe(4);
  });

  it('refuses an evaluator of an output the agent does not have, naming its outputs', async () => {
    const refused = await owner.post(`/api/graphs/${agentId}/evaluations`, { dataset: 'capitals', evaluators: [{ kind: 'exact', output: 'reply' }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('evaluators[0] (exact): "reply" is not an output of this agent version; its outputs are: "answer".');
  });

  it('runs every case through the engine, scores each output, and totals score, pass rate, cost and latency', async () => {
    const started = await owner.post(`/api/graphs/${agentId}/evaluations`, { dataset: 'capitals', concurrency: 2 });
    expect(started.status).toBe(202);
    const { evaluation, cases } = await owner.waitForEvaluation(started.body.evaluation.id);
    firstEvaluation = evaluation;
    expect(evaluation).toMatchObject({ status: 'COMPLETED', graphVersion: 1, datasetName: 'capitals', concurrency: 2 });
    const byCountry = Object.fromEntries(cases.map((c: any) => [c.inputs.country ?? c.inputs.nation, c]));
    expect(byCountry.France).toMatchObject({ status: 'COMPLETED', score: 1, outputs: { answer: ['Paris'] } });
    expect(byCountry.France.scores).toEqual([
      { output: 'answer', evaluator: 'exact', score: 1, reason: 'Matches the expectation.' },
      { output: 'answer', evaluator: 'judge', score: 1, reason: 'Names the capital.', runId: expect.any(String) },
    ]);
    expect(byCountry.Japan.scores.map((s: any) => [s.evaluator, s.score, s.reason])).toEqual([
      ['exact', 0, 'Expected "Tokyo", got "Kyoto".'],
      ['judge', 0.2, 'Says Kyoto.'],
    ]);
    expect(byCountry.Japan.score).toBeCloseTo(0.1);
    expect(byCountry.Spain).toMatchObject({ status: 'FAILED', score: 0 });
    expect(byCountry.Spain.error).toMatch(/Unknown run input "nation"/);
    // Three cases ran the agent and a judge: 3 × (10+50 input tokens); the judge's run is recorded too.
    expect(evaluation.summary).toMatchObject({ cases: 4, done: 4, failedRuns: 1, passed: false });
    expect(evaluation.summary.score).toBeCloseTo((1 + 0.1 + 1 + 0) / 4);
    expect(evaluation.summary.passRate).toBe(0.5);
    expect(evaluation.summary.usage).toMatchObject({ inputTokens: 180, outputTokens: 36, calls: 6, unpricedCalls: 0 });
    expect(evaluation.summary.usage.costUsd).toBeGreaterThan(0);
    expect(evaluation.summary.p50LatencyMs).toBeGreaterThanOrEqual(0);
    const judgeRun = (await owner.get(`/api/runs/${byCountry.France.scores[1].runId}`)).body.run;
    expect(judgeRun.graphId).toBe(agentId);
    expect(judgeRun.trigger).toMatchObject({ kind: 'evaluation', evaluationId: evaluation.id, judge: { output: 'answer', model: 'gpt-4o-mini' } });
    expect((await owner.get(`/api/runs/${byCountry.France.runId}`)).body.run.trigger).toEqual({
      kind: 'evaluation',
      evaluationId: evaluation.id,
      caseId: byCountry.France.caseId,
    });
  });

  it('scores with an agent as the evaluator, and compares two versions case by case', async () => {
    await owner.put(`/api/graphs/${agentId}`, capitalAgent(credential, 'Name the modern capital.'));
    const started = await owner.post(`/api/graphs/${agentId}/evaluations`, {
      dataset: datasetId,
      evaluators: [
        { kind: 'exact', output: 'answer' },
        { kind: 'agent', output: 'answer', graphId: graderId },
      ],
    });
    const { evaluation, cases } = await owner.waitForEvaluation(started.body.evaluation.id);
    expect(evaluation.graphVersion).toBe(2);
    const france = cases.find((c: any) => c.inputs.country === 'France');
    expect(france.scores[1]).toMatchObject({ output: 'answer', evaluator: 'agent', score: 0.9, reason: 'Agent says right.' });
    const graderRun = (await owner.get(`/api/runs/${france.scores[1].runId}`)).body.run;
    expect(graderRun).toMatchObject({ graphId: graderId, inputs: { output: 'Paris' }, trigger: { kind: 'evaluation', scores: 'answer' } });

    const compared = await owner.get(`/api/evaluations/${evaluation.id}/compare?with=${firstEvaluation.id}`);
    expect(compared.status).toBe(200);
    const change = Object.fromEntries(compared.body.cases.map((c: any) => [c.inputs.country ?? c.inputs.nation, c.change]));
    expect(change.Japan).toBe('improved');
    expect(change.Spain).toBe('same');
    expect(compared.body.improved).toBeGreaterThanOrEqual(1);
  });

  it('runs at most `concurrency` cases at once, and that many in parallel', async () => {
    // Every answer waits until two model calls are in: a runner that took cases one at a time would never get there.
    let release!: () => void;
    const twoInFlight = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const held = await startFakeOpenAiServer([
      {
        from: () => {
          if (++calls === 2) release();
          return { chunks: ['Paris'], holds: [{ afterChunks: 0, until: twoInFlight }] };
        },
      },
    ]);
    try {
      const heldCredential = (await owner.post('/api/credentials', { name: 'Held', kind: 'openai_compatible', fields: { baseUrl: held.baseUrl, apiKey: 'k' } }))
        .body.credential.id;
      const heldAgent = (await owner.post('/api/graphs', capitalAgent(heldCredential, 'x'))).body.id;
      await owner.post('/api/datasets', {
        name: 'four',
        evaluators: [{ kind: 'exact', output: 'answer' }],
        cases: ['France', 'Japan', 'Italy', 'Peru'].map((country) => ({ inputs: { country }, expected: { answer: 'Paris' } })),
      });
      const started = await owner.post(`/api/graphs/${heldAgent}/evaluations`, { dataset: 'four', concurrency: 2 });
      const { evaluation, cases } = await owner.waitForEvaluation(started.body.evaluation.id);
      expect(evaluation.summary).toMatchObject({ cases: 4, done: 4, score: 1 });
      const runs = await Promise.all(cases.map(async (c: { runId: string }) => (await owner.get(`/api/runs/${c.runId}`)).body.run));
      // The most case runs alive at any moment: at each run's creation, the runs created before it and not yet ended.
      const overlap = Math.max(...runs.map((run) => runs.filter((other) => other.createdAt <= run.createdAt && other.endedAt > run.createdAt).length));
      expect(overlap).toBe(2);
    } finally {
      await held.close();
    }
  });

  it('keeps datasets and evaluations to the workspace', async () => {
    expect((await other.get(`/api/evaluations/${firstEvaluation.id}`)).status).toBe(404);
    expect((await other.get(`/api/datasets/${datasetId}`)).status).toBe(404);
    expect((await other.post(`/api/graphs/${agentId}/evaluations`, { dataset: datasetId })).status).toBe(404);
    expect((await other.get('/api/datasets')).body.datasets).toEqual([]);
    const mine = await other.post('/api/datasets', { name: 'capitals' });
    expect(mine.status).toBe(201);
    // Another workspace's dataset is not found by name either.
    const otherAgent = (await other.post('/api/graphs', capitalAgent(credential, 'x'))).body.id;
    const empty = await other.post(`/api/graphs/${otherAgent}/evaluations`, { dataset: 'capitals' });
    expect(empty.body.error.message).toMatch(/^Dataset "capitals" has no cases yet/);
    expect((await owner.post('/api/datasets', { name: 'capitals' })).status).toBe(409);
  });
});
