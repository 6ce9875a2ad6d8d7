import { describe, expect, it } from 'vitest';
import type { BlockManifest } from '../api/types.ts';
import type { BlockNode } from './graph-conversion.ts';
import { runBlockers } from './run-blockers.ts';

const node = (id: string, blockId: string) => ({ id, type: 'block', position: { x: 0, y: 0 }, data: { blockId, inputs: {} } }) as unknown as BlockNode;
const blocks = new Map([['math.arithmetic', { id: 'math.arithmetic' } as BlockManifest]]);

describe('what keeps a graph from running', () => {
  it('names each node with an unknown block, with the server message and its suggestion when there is one', () => {
    const nodes = [node('ok', 'math.arithmetic'), node('typo', 'math.arithmatic'), node('gone', 'old.block')];
    const issues = {
      typo: [
        { code: 'missing_input', message: 'Node "typo" is missing its input "a".' },
        { code: 'unknown_block', message: 'Node "typo" uses unknown block "math.arithmatic" (did you mean "math.arithmetic"?).' },
      ],
    };
    expect(runBlockers(nodes, blocks, issues)).toEqual([
      'Node "typo" uses unknown block "math.arithmatic" (did you mean "math.arithmetic"?).',
      'Node "gone" uses unknown block "old.block": replace it with a known block.',
    ]);
  });

  it('finds nothing when every block is known', () => {
    expect(runBlockers([node('ok', 'math.arithmetic')], blocks, {})).toEqual([]);
    expect(runBlockers([node('ok', 'math.arithmetic')], blocks, {}, { version: 2 })).toEqual([
      'Version 2 is shown for its run; go back to the latest version to run the agent.',
    ]);
  });
});
