import { describe, expect, it } from 'vitest';
import { runInSandbox, SANDBOX_WORKERS, sandboxThreads } from './sandbox.ts';

const job = (code: string, limits: { timeLimitMs?: number; memoryLimitBytes?: number } = {}, signal = new AbortController().signal) =>
  runInSandbox({ code, inputs: {}, timeLimitMs: limits.timeLimitMs ?? 1000, memoryLimitBytes: limits.memoryLimitBytes ?? 16 * 1024 * 1024, signal });

describe('the code sandbox', () => {
  it('runs on a worker thread: other code runs while a loop spins, and stopping the run ends the loop at once', async () => {
    const stop = new AbortController();
    const spinning = job('for (;;) {}', { timeLimitMs: 30_000 }, stop.signal);
    // Answered while the loop still spins: neither this process nor other sandbox runs wait for it.
    await expect(job('return 6 * 7')).resolves.toMatchObject({ ok: true, result: 42 });
    stop.abort();
    await expect(spinning).resolves.toMatchObject({ ok: false, message: 'the run was stopped' });
    await expect(job('return "after"')).resolves.toMatchObject({ ok: true, result: 'after' });
  });

  it('runs many jobs at once on a bounded pool, each within its own limit counted from when its code starts', async () => {
    const jobs = Array.from({ length: 16 }, (_, i) => job(`return ${i}`, { timeLimitMs: 1000 }));
    await new Promise(setImmediate);
    expect(sandboxThreads()).toBeLessThanOrEqual(SANDBOX_WORKERS);
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 16 }, (_, i) => ({ ok: true, result: i, logs: [] })));
    expect(sandboxThreads()).toBeLessThanOrEqual(SANDBOX_WORKERS);
  });

  it('a job waiting for a worker runs when one is free, and can be stopped while it waits', async () => {
    const stop = new AbortController();
    const spinners = Array.from({ length: SANDBOX_WORKERS }, () => job('for (;;) {}', { timeLimitMs: 30_000 }, stop.signal));
    const patient = job('return "ran"');
    const leaving = new AbortController();
    const impatient = job('return "never"', {}, leaving.signal);
    leaving.abort();
    await expect(impatient).resolves.toMatchObject({ ok: false, message: 'the run was stopped' });
    stop.abort();
    await Promise.all(spinners);
    await expect(patient).resolves.toMatchObject({ ok: true, result: 'ran' });
    expect(sandboxThreads()).toBeLessThanOrEqual(SANDBOX_WORKERS);
  });

  it('stops deep recursion with a stack overflow, not a crash', async () => {
    const outcome = await job('const down = (n) => down(n + 1) + 1; return down(0);');
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/stack overflow/i) });
  });

  it('stops a memory bomb at its limit', async () => {
    const outcome = await job('const kept = []; for (;;) kept.push({ n: kept.length, pad: [1, 2, 3] });', {
      memoryLimitBytes: 4 * 1024 * 1024,
      timeLimitMs: 5000,
    });
    expect(outcome).toMatchObject({ ok: false, limit: 'memory' });
    // A string doubled past QuickJS's longest string is refused before any limit.
    await expect(job('let s = "x"; for (;;) s += s;', { timeLimitMs: 5000 })).resolves.toMatchObject({ ok: false, message: 'InternalError: string too long' });
  });

  it.each([
    ['the Function constructor', 'return Function("return typeof process")()'],
    ['a constructor chain', 'return this.constructor.constructor("return typeof require")()'],
    ['globalThis', 'return Object.keys(globalThis).filter((k) => /process|require|fetch|Buffer|module|import/.test(k)).length === 0 ? "undefined" : "leaked"'],
    ['a dynamic import', 'try { import("node:fs"); return "undefined"; } catch { return "undefined"; }'],
  ])('reaches no host object through %s', async (_name, code) => {
    await expect(job(code)).resolves.toMatchObject({ ok: true, result: 'undefined' });
  });
});
