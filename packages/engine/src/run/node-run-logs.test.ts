import { defineBlock } from '@blocksmith/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runTestGraph } from '../testing/run-test-graph.ts';
import { graph } from '../testing/test-blocks.ts';
import { NODE_RUN_LOG_CHARS, NODE_RUN_LOG_LINES } from './records.ts';

const SECRET = 'sk-the-secret-value';

const chatty = defineBlock({
  id: 't.chatty',
  name: 'Chatty',
  description: 'logs lines, one with its credential in it',
  categories: ['test'],
  credentials: [{ input: 'credential', kind: 'token' }],
  input: z.object({ lines: z.number().int(), credential: z.string().optional() }),
  output: z.object({ done: z.boolean() }),
  examples: [],
  async *run({ lines }, ctx) {
    const { fields } = await ctx.credential('credential');
    ctx.logger.warn(`calling with ${fields.token}`);
    ctx.logger.debug('x'.repeat(NODE_RUN_LOG_CHARS + 10));
    for (let i = 0; i < lines; i++) ctx.logger.info(`line ${i}`);
    yield ['done', true];
  },
});

const credentials = { resolve: async () => ({ id: 'c', kind: 'token', fields: { token: SECRET } }), soleOfKinds: async () => undefined };

describe('what a node run logged', () => {
  it('is kept on the record: the first lines, each cut short, with the secrets the block was given redacted', async () => {
    const run = await runTestGraph(
      graph([{ id: 'c', block: 't.chatty', inputs: { lines: 100, credential: 'c' } }]),
      {},
      { extraBlocks: [chatty], engine: { credentials } },
    );
    const logs = run.of('c')[0]!.logs!;
    expect(logs).toHaveLength(NODE_RUN_LOG_LINES + 1);
    expect(logs[0]).toMatchObject({ level: 'warn', message: 'calling with [redacted]' });
    expect(logs[1]!.message).toHaveLength(NODE_RUN_LOG_CHARS + 1);
    expect(logs[2]).toMatchObject({ level: 'info', message: 'line 0' });
    expect(logs.at(-1)).toMatchObject({ level: 'warn', message: `More lines were logged; a node run keeps the first ${NODE_RUN_LOG_LINES}.` });
    expect(JSON.stringify(run.nodeRuns)).not.toContain(SECRET);
  });

  it('is absent when the block logged nothing', async () => {
    const run = await runTestGraph(graph([{ id: 'a', block: 't.add', inputs: { a: 1 } }]));
    expect(run.of('a')[0]!.logs).toBeUndefined();
  });
});
