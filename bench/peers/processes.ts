import type { ChildProcess } from 'node:child_process';

/** Waits until POSTing `body` to `url` answers 200, or fails with what the process printed. */
export async function waitForUrl(url: string, child: ChildProcess, body: unknown, timeoutMs = 120_000): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited:\n${output}`);
    const status = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last ${status}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
