import type { ChildProcess } from 'node:child_process';

/** Waits until POSTing `body` to `url` answers 200 with JSON, or fails with what the process printed. */
export async function waitForUrl(url: string, child: ChildProcess, body: unknown, timeoutMs = 120_000): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited:\n${output}`);
    // A 200 is not enough: n8n answers its "starting up" HTML page with 200 before its webhooks work.
    const { status, json } = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      (r) => ({ status: r.status, json: (r.headers.get('content-type') ?? '').includes('json') }),
      () => ({ status: 0, json: false }),
    );
    if (status === 200 && json) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last ${status}):\n${output}`);
    // Often enough that the start-up time measured through it is not rounded up by much.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Milliseconds since `started` (a process.hrtime.bigint()). */
export const elapsedMs = (started: bigint): number => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
