import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { blocksmithArgs } from '@blocksmith/server/testing';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function graphFile(graph: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blocksmith-cli-'));
  const path = join(dir, 'graph.json');
  await writeFile(path, typeof graph === 'string' ? graph : JSON.stringify(graph));
  return path;
}

const echo = {
  name: 'echo',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'x' } },
    { id: 'out', block: 'output', inputs: { name: 'y' } },
  ],
  links: [{ from: { node: 'in', output: 'result' }, to: { node: 'out', input: 'value' } }],
};

describe('blocksmith run', () => {
  it('parses --input as JSON when it is JSON, else as text', async () => {
    const path = await graphFile(echo);
    expect(JSON.parse((await cli('run', path, '--json', '--input', 'x={"a":[1]}')).stdout).outputs).toEqual({ y: [{ a: [1] }] });
    expect(JSON.parse((await cli('run', path, '--json', '--input', 'x=hello world')).stdout).outputs).toEqual({ y: ['hello world'] });
    expect(JSON.parse((await cli('run', path, '--json', '--input=x=12')).stdout).outputs).toEqual({ y: [12] });
  });

  it('prints the documented JSON shape and exits 0 when COMPLETED', async () => {
    const { code, stdout } = await cli('run', await graphFile(echo), '--json', '--input', 'x=1');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      status: 'COMPLETED',
      outputs: { y: [1] },
      nodeRuns: [
        { nodeId: 'in', block: 'input', status: 'COMPLETED', inputs: { name: 'x', value: 1 }, outputs: { result: [1] } },
        { nodeId: 'out', block: 'output', status: 'COMPLETED', inputs: { name: 'y', value: 1 }, outputs: { output: [1] } },
      ],
    });
  });

  it('exits 1 when the run FAILED, with the error on the node run', async () => {
    const failing = { name: 'f', nodes: [{ id: 'd', block: 'math.arithmetic', inputs: { a: 1, operation: 'divide', b: 0 } }], links: [] };
    const { code, stdout } = await cli('run', await graphFile(failing), '--json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.status).toBe('FAILED');
    expect(result.nodeRuns[0].error).toEqual({ kind: 'invalid_input', message: 'Division by zero: divide needs a non-zero b.' });
  });

  it('exits 2 with the validation errors on stderr for an invalid graph, and as JSON on stdout with --json', async () => {
    const { code, stdout, stderr } = await cli('run', await graphFile({ name: 'bad', nodes: [{ id: 'x', block: 'math.nope' }] }), '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: { code: 'invalid_graph', message: expect.stringContaining('Node "x" uses unknown block "math.nope"') } });
    expect(stderr).toContain('Node "x" uses unknown block "math.nope"');
  });

  it('answers every mistake with a JSON error on stdout under --json', async () => {
    const error = async (...argv: string[]) => {
      const { code, stdout } = await cli(...argv, '--json');
      expect(code).toBe(2);
      return (JSON.parse(stdout) as { error: { code: string; message: string } }).error;
    };
    expect(await error('run', await graphFile(echo))).toEqual({ code: 'invalid_inputs', message: expect.stringContaining('Run input "x" is required') });
    expect(await error('run', '/nonexistent/graph.json')).toEqual({ code: 'usage', message: expect.stringContaining('no such file') });
    expect(await error('run', await graphFile('{ nope'))).toEqual({ code: 'usage', message: expect.stringContaining('is not valid JSON') });
    expect(await error('validate', await graphFile(echo), '--jsn')).toEqual({ code: 'usage', message: expect.stringContaining('Unknown option --jsn') });
  });

  it('exits 2 for missing run inputs, unreadable files, bad JSON and unknown options', async () => {
    const missing = (await cli('run', await graphFile(echo))).stderr;
    expect(missing).toContain('Run input "x" is required');
    expect(missing).toContain('--input name=value');
    expect((await cli('run', '/nonexistent/graph.json')).stderr).toContain('no such file');
    expect((await cli('run', await graphFile('{ nope'))).stderr).toContain('is not valid JSON');
    const unknown = await cli('run', await graphFile(echo), '--jsn');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --jsn');
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('prints a live line per node status change without --json', async () => {
    const { code, stdout } = await cli('run', await graphFile(echo), '--input', 'x=5');
    expect(code).toBe(0);
    expect(stdout).toMatch(/▶ in \(input\) RUNNING/);
    expect(stdout).toMatch(/✔ out \(output\) COMPLETED/);
    expect(stdout).toContain('y: 5');
  });
});

describe('blocksmith validate and blocks', () => {
  it('validate reports every problem and exits 2, or confirms a valid graph', async () => {
    const valid = await cli('validate', await graphFile(echo));
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringContaining('valid (2 nodes, 1 links)') });
    const invalid = await cli('validate', await graphFile({ name: 'x', nodes: [{ id: 'a', block: 'math.arithmetic' }] }));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('needs input "a"');
    expect(invalid.stderr).toContain('needs input "b"');
  });

  it('blocks --json lists every block with its schemas', async () => {
    const { code, stdout } = await cli('blocks', '--json');
    expect(code).toBe(0);
    const blocks = JSON.parse(stdout) as { id: string; inputSchema: { properties: object }; staticOutput: boolean }[];
    expect(blocks.length).toBeGreaterThanOrEqual(40);
    const store = blocks.find((b) => b.id === 'data.store_value')!;
    expect(store.staticOutput).toBe(true);
    expect(Object.keys(blocks.find((b) => b.id === 'math.arithmetic')!.inputSchema.properties)).toEqual(['a', 'operation', 'b']);
  });
});

describe('blocksmith --version and --help', () => {
  it('prints its version', async () => {
    for (const flag of ['--version', '-V', 'version'])
      expect(await cli(flag)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^blocksmith \d+\.\d+\.\d+$/) });
  });

  it("prints each command's usage for <command> --help, and exits 0", async () => {
    for (const command of ['start', 'server', 'worker', 'run', 'validate', 'blocks', 'mcp', 'eval']) {
      for (const flag of ['--help', '-h']) {
        const { code, stdout } = await cli(command, flag);
        expect(code).toBe(0);
        expect(stdout).toContain(`blocksmith ${command}`);
        expect(stdout).not.toContain(`blocksmith ${command === 'run' ? 'validate' : 'run'} `);
      }
    }
    expect((await cli('--help')).stdout).toContain('blocksmith eval');
  });
});

describe('the installed bin', () => {
  it('runs a graph as a real process and sets the exit code', async () => {
    const path = await graphFile(echo);
    const { stdout } = await promisify(execFile)(process.execPath, blocksmithArgs(['run', path, '--json', '--input', 'x="hi"']));
    expect(JSON.parse(stdout).outputs).toEqual({ y: ['hi'] });
    const failed = await promisify(execFile)(process.execPath, blocksmithArgs(['validate', '/nonexistent.json'])).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
  });

  it('reads the graph from stdin for -', async () => {
    const child = execFile(process.execPath, blocksmithArgs(['run', '-', '--json', '--input', 'x=3']));
    child.stdin!.end(JSON.stringify(echo));
    const stdout = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('close', () => resolve(text));
    });
    expect(JSON.parse(stdout)).toMatchObject({ status: 'COMPLETED', outputs: { y: [3] } });
  });

  it('ends the run on SIGTERM and prints its final record, exiting 1', async () => {
    const waiting = { name: 'waits', nodes: [{ id: 'wait', block: 'time.delay', inputs: { ms: 60_000, value: 1 } }], links: [] };
    const child = execFile(process.execPath, blocksmithArgs(['run', await graphFile(waiting)]));
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/wait \(time\.delay\) RUNNING/.test(stdout)) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(stdout).toMatch(/TERMINATED in \d+ ms/);
  });
});
