import { describe, expect, it } from 'vitest';
import { runBlock, runGraph } from '../test-support.ts';

describe('code.javascript', () => {
  it('the process stays healthy after a run hits a limit', async () => {
    const loop = await runBlock('code.javascript', { code: 'for (;;) {}', time_limit_ms: 20 });
    expect(loop.error?.kind).toBe('limit');
    const memory = await runBlock('code.javascript', { code: 'const a = []; for (;;) a.push([a.length]);', memory_limit_mb: 2, time_limit_ms: 5000 });
    expect(memory.error?.kind).toBe('limit');
    const after = await runBlock('code.javascript', { code: 'return inputs.n + 1', inputs: { n: 1 } });
    expect(after.outputs.result).toEqual([2]);
  });

  it('sixteen code nodes of one run all finish: they queue for the sandbox instead of timing out while it starts', async () => {
    const nodes = Array.from({ length: 16 }, (_, i) => ({ id: `code${i}`, block: 'code.javascript', inputs: { code: `return ${i}` } }));
    const { record, nodeRuns } = await runGraph({ schemaVersion: 1, name: 'parallel code', nodes, links: [] });
    expect(record.status).toBe('COMPLETED');
    expect(nodeRuns.map((run) => run.outputs.result)).toEqual(nodes.map((_, i) => [i]));
  });

  it('has no access to Node, files or the network', async () => {
    const run = await runBlock('code.javascript', { code: 'return [typeof require, typeof process, typeof fetch, typeof globalThis.std]' });
    expect(run.outputs.result).toEqual([['undefined', 'undefined', 'undefined', 'undefined']]);
  });

  it('refuses a returned Promise with a clear message', async () => {
    const run = await runBlock('code.javascript', { code: 'return Promise.resolve(1)' });
    expect(run.error?.message).toContain('returned a Promise');
  });

  it('reports syntax errors', async () => {
    const run = await runBlock('code.javascript', { code: 'return (' });
    expect(run.error).toMatchObject({ kind: 'code', message: expect.stringContaining('SyntaxError') });
  });
});
