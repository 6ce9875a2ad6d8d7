import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { runInSandbox } from './sandbox.ts';

export const codeJavascript = defineBlock({
  id: 'code.javascript',
  name: 'JavaScript',
  description:
    'Runs JavaScript in a QuickJS sandbox with memory and time limits. The code is a function body: read `inputs`, call console.log, and `return` the result (JSON values only).',
  categories: ['code'],
  input: z.object({
    code: z.string().min(1).meta({ contentMediaType: 'text/javascript' }).describe('Function body, e.g. "return inputs.a * 2;".'),
    inputs: z.record(z.string(), z.unknown()).default({}).describe('Available to the code as `inputs`.'),
    time_limit_ms: z.number().int().min(10).max(30_000).default(1000),
    memory_limit_mb: z.number().int().min(1).max(256).default(32),
  }),
  output: z.object({
    result: z.unknown().describe('What the code returned (JSON).'),
    logs: z.array(z.string()).describe('Lines written with console.log/info/warn/error.'),
  }),
  examples: [
    {
      name: 'computes with inputs',
      input: { code: 'console.log("x is", inputs.x); return { double: inputs.x * 2 };', inputs: { x: 21 } },
      output: { result: [{ double: 42 }], logs: [['x is 21']] },
    },
    { name: 'stops an infinite loop', input: { code: 'while (true) {}', time_limit_ms: 50 }, error: 'exceeded its time limit of 50 ms' },
    {
      name: 'stops a huge allocation',
      input: { code: 'const a = []; for (;;) a.push({ n: a.length, pad: [1, 2, 3] });', memory_limit_mb: 4, time_limit_ms: 5000 },
      error: 'exceeded its memory limit of 4 MB',
    },
    { name: 'reports a thrown error', input: { code: 'throw new TypeError("bad thing")' }, error: 'TypeError: bad thing' },
  ],
  async *run({ code, inputs, time_limit_ms, memory_limit_mb }, ctx) {
    const outcome = await runInSandbox({ code, inputs, timeLimitMs: time_limit_ms, memoryLimitBytes: memory_limit_mb * 1024 * 1024, signal: ctx.signal });
    if (!outcome.ok) {
      const limit =
        outcome.limit === 'time'
          ? `exceeded its time limit of ${time_limit_ms} ms`
          : outcome.limit === 'memory'
            ? `exceeded its memory limit of ${memory_limit_mb} MB`
            : undefined;
      throw new BlockError(outcome.limit ? 'limit' : 'code', limit ? `The code ${limit}.` : `The code threw ${outcome.message}`);
    }
    // Also as the node run's logs, where the editor shows what a block logged.
    for (const line of outcome.logs) ctx.logger.info(line);
    yield ['result', outcome.result];
    yield ['logs', outcome.logs];
  },
});
