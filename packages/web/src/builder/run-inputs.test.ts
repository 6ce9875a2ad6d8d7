import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { BlockManifest } from '../api/types.ts';
import type { BlockNode } from './graph-conversion.ts';
import { curlLine, exampleInputs, inputNodesOf } from './run-inputs.ts';

const node = (id: string, blockId: string, inputs: Record<string, unknown>): BlockNode =>
  ({ id, type: 'block', position: { x: 0, y: 0 }, data: { blockId, inputs } }) as unknown as BlockNode;
const blocks = new Map([
  ['input', { id: 'input', kind: 'input' } as BlockManifest],
  ['text.case', { id: 'text.case', kind: 'standard' } as BlockManifest],
]);

describe('run inputs for callers', () => {
  const nodes = [
    node('a', 'input', { name: 'topic' }),
    node('b', 'input', { name: 'count', value: 3 }),
    node('c', 'text.case', { name: 'not an input' }),
    node('d', 'input', {}),
  ];

  it('finds the named Input blocks and gives each its default or a placeholder naming it', () => {
    expect(inputNodesOf(nodes, blocks).map((n) => n.id)).toEqual(['a', 'b']);
    expect(exampleInputs(inputNodesOf(nodes, blocks))).toEqual({ topic: '<topic>', count: 3 });
  });

  it('quotes the body and URL so a shell passes them on unchanged', () => {
    const body = { note: "it's $HOME `x`", n: 1 };
    const line = curlLine("https://example.test/api/hooks/bsh_x?wait=true&a='b'", body);
    // The shell's own reading of the line: the words curl would get.
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${line.slice('curl '.length)}`], { encoding: 'utf8' })
      .trimEnd()
      .split('\n');
    expect(words).toEqual([
      '-X',
      'POST',
      '-H',
      'content-type: application/json',
      '-d',
      JSON.stringify(body),
      "https://example.test/api/hooks/bsh_x?wait=true&a='b'",
    ]);
  });
});
