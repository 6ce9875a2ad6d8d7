import { startFakeOpenAiServer, type FakeModelServer, type ScriptedReply } from '@blocksmith/blocks/testing';
import { ApiClient, startServerProcess, type ServerProcess } from '@blocksmith/server/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const PAGE = '<html><head><title>Example Domain</title></head><body><p>This domain is for use in examples.</p></body></html>';

/** The AI example agents as a user runs them: seeded on setup, one model credential added in Settings, run from the library. */
describe('AI example agents (real server, local OpenAI-compatible provider)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let page: Server;
  let pageUrl: string;
  let owner: ApiClient;
  let provider: FakeModelServer | undefined;
  let credentialId: string | undefined;

  beforeAll(async () => {
    page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    database = await createTestDatabase('sqlite');
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1' });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  });

  afterEach(async () => {
    if (credentialId) await owner.delete(`/api/credentials/${credentialId}`);
    await provider?.close();
    credentialId = undefined;
    provider = undefined;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await new Promise<void>((resolve) => page.close(() => resolve()));
  });

  /** Adds the provider as the user's only model credential, which nodes without a chosen one then use. */
  async function withProvider(script: ScriptedReply[]): Promise<FakeModelServer> {
    provider = await startFakeOpenAiServer(script);
    const { body } = await owner.post('/api/credentials', { name: 'Local model', kind: 'openai_compatible', fields: { baseUrl: provider.baseUrl } });
    credentialId = body.credential.id;
    return provider;
  }

  async function startExample(name: string, inputs: Record<string, unknown>): Promise<string> {
    const { body } = await owner.get('/api/graphs');
    const graph = body.graphs.find((g: { name: string }) => g.name === name);
    expect(graph, `example "${name}" is in the library`).toBeDefined();
    const started = await owner.post(`/api/graphs/${graph.id}/runs`, { inputs });
    expect(started.status).toBe(202);
    return started.body.runId;
  }

  async function runExample(name: string, inputs: Record<string, unknown>) {
    return owner.waitForRun(await startExample(name, inputs));
  }

  it('Summarize a web page: fetches the page and streams a summary of it', async () => {
    const model = await withProvider([{ chunks: ['- A domain ', 'for examples.'], usage: { inputTokens: 120, outputTokens: 9 } }]);
    const { run } = await runExample('Summarize a web page', { url: pageUrl });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs).toEqual({ summary: ['- A domain for examples.'] });
    expect(JSON.stringify(model.requests[0])).toContain('This domain is for use in examples.');
    expect(run.usage).toMatchObject({ inputTokens: 120, outputTokens: 9, calls: 1 });
  });

  it('Remember notes, then Ask your notes: the answer comes from the closest notes kept in the database', async () => {
    const model = await withProvider([{ chunks: ['Visitors park behind the building, on level two (from your notes).'] }]);
    const notes = [
      'The office opens at nine on weekdays.',
      'Visitors park behind the building, on level two.',
      'Lunch is served in the canteen at noon.',
      'The wifi password changes every Monday.',
    ];
    const stored = await runExample('Remember notes', { notes });
    expect(stored.run).toMatchObject({ status: 'COMPLETED', outputs: { chunks: [4] } });
    const { run } = await runExample('Ask your notes', { question: 'Where do visitors park?' });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.answer).toEqual(['Visitors park behind the building, on level two (from your notes).']);
    const sources = run.outputs.sources[0] as { text: string; metadata: unknown }[];
    expect(sources[0]).toMatchObject({ text: notes[1], metadata: { source: 'Remember notes' } });
    // The model was asked with the best note first; notes with no word in common were left out.
    const prompt = JSON.stringify(model.requests.at(-1));
    expect(prompt).toContain('Notes:\\nVisitors park behind the building, on level two.');
    expect(prompt).not.toContain('wifi');
  });

  it('Research assistant: the agent fetches a page and runs code as tools, then answers', async () => {
    await withProvider([
      { toolCalls: [{ name: 'fetch_web_page', arguments: { url: pageUrl } }] },
      { toolCalls: [{ name: 'run_javascript', arguments: { code: 'return inputs.title.length;', inputs: { title: 'Example Domain' } } }] },
      { chunks: ['The title "Example Domain" has 14 characters (source: the page).'] },
    ]);
    const { run, nodeRuns } = await runExample('Research assistant', { question: 'How long is the title?' });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.answer[0]).toContain('14 characters');
    const byNode = (id: string) => nodeRuns.filter((r: { nodeId: string }) => r.nodeId === id);
    expect(byNode('fetch')[0]).toMatchObject({ status: 'COMPLETED', outputs: { status: [200] } });
    expect(byNode('code')[0]).toMatchObject({ status: 'COMPLETED', outputs: { result: [14] } });
  });

  it('Extract contacts into a table: a checked structured answer becomes table rows', async () => {
    const people = [
      { name: 'Ada Lovelace', email: 'ada@engines.example', company: 'Analytical Engines Ltd' },
      { name: 'Linus T.', email: null, company: 'Kernel Co' },
    ];
    await withProvider([{ chunks: ['{"people": "none"}'] }, { chunks: [JSON.stringify({ people })] }]);
    const { run } = await runExample('Extract contacts into a table', {});
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs).toEqual({ contacts: [people] });
  });

  it('Blog ideas pipeline: one draft per generated title', async () => {
    const model = await withProvider([
      { chunks: ['["Rot Happens", "Bins and Beyond", "Worms at Work"]'] },
      { chunks: ['Draft A.'] },
      { chunks: ['Draft B.'] },
      { chunks: ['Draft C.'] },
    ]);
    const { run } = await runExample('Blog ideas pipeline', { topic: 'compost' });
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.titles).toEqual([['Rot Happens', 'Bins and Beyond', 'Worms at Work']]);
    expect([...run.outputs.drafts].sort()).toEqual(['Draft A.', 'Draft B.', 'Draft C.']);
    expect(
      model.requests
        .slice(1)
        .map((r) => JSON.stringify(r))
        .join(),
    ).toContain('Worms at Work');
    expect(run.usage.calls).toBe(4);
  });

  it('Email with approval: the agent asks a person through its Human review tool, and sends what they approved', async () => {
    const model = await withProvider([
      { toolCalls: [{ name: 'ask_a_person', arguments: { data: 'Hi Ada, join our demo on Friday?', message: 'Send this email to Ada?' } }] },
      { chunks: ['Sent: "Hi Ada, join our demo on Friday at 3?"'] },
    ]);
    const runId = await startExample('Email with approval', {});
    await owner.waitForStatus(runId, 'REVIEW');
    const review = (await owner.get('/api/reviews')).body.reviews.find((r: { runId: string }) => r.runId === runId);
    expect(review).toMatchObject({ message: 'Send this email to Ada?', data: 'Hi Ada, join our demo on Friday?', nodeId: 'ask' });
    await owner.post(`/api/reviews/${review.id}`, { decision: 'approve', data: 'Hi Ada, join our demo on Friday at 3?' });
    const { run } = await owner.waitForRun(runId);
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs.report).toEqual(['Sent: "Hi Ada, join our demo on Friday at 3?"']);
    // The tool's result the model got back is what the person approved.
    expect(JSON.stringify(model.requests[1])).toContain('Friday at 3?');
  });
});
