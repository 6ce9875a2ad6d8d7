import type { GraphFile } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { runGraph } from '../test-support.ts';
import { credentialFor, startFakeAnthropicServer, startFakeOpenAiServer, type FakeModelServer, type ScriptedReply } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

/** An agent with a calculator (the model fills a and b; the operation is set to multiply) and a greeter. */
const agentGraph = (maxIterations = 10): GraphFile => ({
  schemaVersion: 1,
  name: 'agent',
  nodes: [
    {
      id: 'agent',
      block: 'ai.agent',
      inputs: { prompt: 'What is 6 times 7? Then greet Ada.', credential: 'cred', model: 'tiny', max_iterations: maxIterations },
    },
    { id: 'calc', block: 'math.arithmetic', label: 'Multiply', inputs: { operation: 'multiply' } },
    { id: 'greet', block: 'text.template', label: 'Greet', inputs: { template: 'Hello, {{name}}!' } },
    { id: 'answer', block: 'output', inputs: { name: 'answer' } },
  ],
  links: [
    { from: { node: 'agent', output: 'tools' }, to: { node: 'calc', input: 'a' } },
    { from: { node: 'agent', output: 'tools' }, to: { node: 'calc', input: 'b' } },
    { from: { node: 'agent', output: 'tools' }, to: { node: 'greet', input: 'values' } },
    { from: { node: 'agent', output: 'response' }, to: { node: 'answer', input: 'value' } },
  ],
});

const script: ScriptedReply[] = [
  { chunks: ['Let me compute.'], toolCalls: [{ name: 'multiply', arguments: { a: 6, b: 7 } }], usage: { inputTokens: 50, outputTokens: 10 } },
  { toolCalls: [{ name: 'greet', arguments: { values: { name: 'Ada' } } }], usage: { inputTokens: 80, outputTokens: 8 } },
  { chunks: ['6 × 7 = 42. ', 'Hello, Ada!'], usage: { inputTokens: 120, outputTokens: 12 } },
];

describe('ai.agent', () => {
  it.each([
    ['OpenAI', startFakeOpenAiServer, 'openai_compatible'],
    ['Anthropic', startFakeAnthropicServer, 'anthropic'],
  ] as const)('calls its tool blocks as node runs and loops until the model answers (%s)', async (_name, start, kind) => {
    fake = await start(script);
    const { record, nodeRuns } = await runGraph(agentGraph(), { allowPrivateNetwork: true }, { credentials: [credentialFor(fake, kind)] });
    expect(record.status).toBe('COMPLETED');
    expect(record.outputs).toEqual({ answer: ['6 × 7 = 42. Hello, Ada!'] });
    expect(nodeRuns.map((r) => [r.nodeId, r.status])).toEqual([
      ['agent', 'COMPLETED'],
      ['calc', 'COMPLETED'],
      ['greet', 'COMPLETED'],
      ['answer', 'COMPLETED'],
    ]);
    expect(nodeRuns[1]!.inputs).toEqual({ a: 6, b: 7, operation: 'multiply' });
    expect(nodeRuns[2]!.outputs).toEqual({ result: ['Hello, Ada!'] });
    expect(record.usage).toMatchObject({ inputTokens: 250, outputTokens: 30, calls: 3 });

    const requestText = JSON.stringify(fake.requests);
    expect(requestText).toContain('"multiply"');
    expect(requestText).toContain('Multiply: ');
    expect(JSON.stringify(fake.requests[1])).toContain('42');
    expect(JSON.stringify(fake.requests[2])).toContain('Hello, Ada!');

    const conversation = nodeRuns[0]!.outputs.conversation![0] as { role: string }[];
    expect(conversation.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant', 'tool', 'assistant']);
  });

  it('offers tools with the linked pins as arguments and the node settings as defaults', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['No tools needed.'] }]);
    await runGraph(agentGraph(), { allowPrivateNetwork: true }, { credentials: [credentialFor(fake)] });
    const tools = fake.requests[0]!.tools as { function: { name: string; parameters: Record<string, unknown> } }[];
    expect(tools.map((t) => t.function.name)).toEqual(['multiply', 'greet']);
    expect(tools[0]!.function.parameters).toMatchObject({ type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] });
  });

  it('gives a failing tool’s error back to the model, which can recover', async () => {
    fake = await startFakeOpenAiServer([{ toolCalls: [{ name: 'multiply', arguments: { a: 'six', b: 7 } }] }, { chunks: ['I could not compute it.'] }]);
    const { record, nodeRuns } = await runGraph(agentGraph(), { allowPrivateNetwork: true }, { credentials: [credentialFor(fake)] });
    expect(record.status).toBe('COMPLETED');
    expect(nodeRuns.find((r) => r.nodeId === 'calc')!.status).toBe('FAILED');
    expect(JSON.stringify(fake.requests[1])).toMatch(/of node .{1,4}calc.{1,4} \(math.arithmetic\): Invalid input: expected number/);
  });

  it('fails with the conversation so far when the model is still calling tools at max_iterations', async () => {
    fake = await startFakeOpenAiServer([{ toolCalls: [{ name: 'multiply', arguments: { a: 1, b: 1 } }] }]);
    const { record, nodeRuns } = await runGraph(agentGraph(2), { allowPrivateNetwork: true }, { credentials: [credentialFor(fake)] });
    expect(record.status).toBe('FAILED');
    const agent = nodeRuns[0]!;
    expect(agent.error).toMatchObject({ kind: 'max_iterations', message: expect.stringContaining('made 2 model calls') });
    expect(agent.outputs.conversation).toHaveLength(1);
    expect(nodeRuns.filter((r) => r.nodeId === 'calc')).toHaveLength(2);
  });
});
