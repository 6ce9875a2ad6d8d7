import { main } from '@blocksmith/cli';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url).pathname;

/** Runs an example through the CLI entry point and returns its exit code and parsed JSON result. */
async function runExample(file: string, ...extra: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['run', `${dir}${file}`, '--json', ...extra], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, result: stdout.length ? JSON.parse(stdout.join('\n')) : undefined, stderr: stderr.join('\n') };
}

describe('examples', () => {
  it('word-stats fans out once per word', async () => {
    const { code, result } = await runExample('word-stats.json', '--input', 'sentence=to be or not');
    expect(code).toBe(0);
    expect(result.outputs).toEqual({ lengths: [2, 2, 2, 3], loud: ['TO', 'BE', 'OR', 'NOT'], word_count: [4] });
  });

  it('price-with-tax reuses the static rate for every price', async () => {
    const { code, result } = await runExample('price-with-tax.json', '--input', 'prices=[1, 2.5]', '--input', 'tax_rate=2');
    expect(code).toBe(0);
    expect(result.outputs).toEqual({ with_tax: [2, 5] });
  });

  it('ticket-triage pages on urgent messages and routes the rest by topic', async () => {
    const urgent = await runExample('ticket-triage.json');
    expect(urgent.result.outputs).toEqual({ page: ['PAGE ON-CALL: URGENT: the site is down'] });
    expect(urgent.result.nodeRuns.filter((r: { status: string }) => r.status === 'INCOMPLETE').length).toBeGreaterThan(0);
    const routed = await runExample('ticket-triage.json', '--input', 'message=Please fix my login', '--input', 'topic=account');
    expect(routed.result.outputs).toEqual({ routed: ['To accounts team: Please fix my login'] });
    const general = await runExample('ticket-triage.json', '--input', 'message=Hi', '--input', 'topic=other');
    expect(general.result.outputs).toEqual({ routed: ['To general queue: Hi'] });
  });

  it('announcement-with-approval says the CLI has no one to ask: human review runs on the server', async () => {
    const { code, result } = await runExample('announcement-with-approval.json');
    expect(code).not.toBe(0);
    expect(result.error).toMatch(/Reviews need a place where people can decide them: run this graph on the Blocksmith server/);
  });

  it('safe-divide handles division by zero through the error output', async () => {
    const failed = await runExample('safe-divide.json');
    expect(failed.code).toBe(0);
    expect(failed.result.status).toBe('COMPLETED');
    expect(failed.result.outputs.problem[0]).toContain('Division by zero');
    const ok = await runExample('safe-divide.json', '--input', 'b=4');
    expect(ok.result.outputs).toEqual({ result: [2.5] });
  });

  it('greet-everyone runs the greet sub-agent once per name', async () => {
    const { code, result } = await runExample('greet-everyone.json', '--concurrency', '1');
    expect(code).toBe(0);
    expect(result.outputs).toEqual({ greetings: ['Hello, Ada!', 'Hello, Grace!', 'Hello, Linus!'] });
  });

  describe('fetch-and-summarize', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify([
            { name: 'alpha', stars: 120 },
            { name: 'beta', stars: 30 },
            { name: 'gamma', stars: 400 },
          ]),
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repos`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches over HTTP and summarizes with code and a query', async () => {
      const { code, result } = await runExample('fetch-and-summarize.json', '--input', `url=${url}`, '--allow-private-network');
      expect(code).toBe(0);
      expect(result.outputs).toEqual({ status: [200], summary: [{ total: 550, best: 'gamma' }], popular: [['alpha', 'gamma']] });
    });

    it('refuses the loopback server unless private networks are allowed', async () => {
      const { code, result } = await runExample('fetch-and-summarize.json', '--input', `url=${url}`);
      expect(code).toBe(1);
      expect(result.error).toContain('Refused to connect to 127.0.0.1');
    });
  });
});
