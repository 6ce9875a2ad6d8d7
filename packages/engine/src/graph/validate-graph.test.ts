import { describe, expect, it } from 'vitest';
import { graph, link, testRegistry } from '../testing/test-blocks.ts';
import { validateGraph } from './validate-graph.ts';

const registry = testRegistry();
const issuesOf = (input: unknown) => validateGraph(input, registry).issues;

describe('validateGraph', () => {
  it('accepts a valid graph and fills schemaVersion', () => {
    const { graph: parsed, issues } = validateGraph({ name: 'g', nodes: [{ id: 'a', block: 't.add', inputs: { a: 1 } }], links: [] }, registry);
    expect(issues).toEqual([]);
    expect(parsed?.schemaVersion).toBe(1);
  });

  it('names format problems by path', () => {
    expect(issuesOf({ name: '', nodes: [{ id: 'a b' }] }).map((i) => i.message)).toEqual([
      'name: must not be empty',
      'nodes[0].id: may only contain letters, digits, "_", ".", ":" and "-"',
      'nodes[0].block: Invalid input: expected string, received undefined',
    ]);
    expect(issuesOf({ name: 'g', nodes: [], extra: 1 })[0]!.message).toContain('Unrecognized key: "extra"');
    expect(issuesOf({ name: 'g', nodes: [], schemaVersion: 2 })[0]!.message).toContain('schemaVersion');
  });

  it('names unknown blocks, with a hint', () => {
    expect(issuesOf(graph([{ id: 'x', block: 't.ad' }]))).toEqual([
      { code: 'unknown_block', nodeId: 'x', message: expect.stringContaining('unknown block "t.ad"') },
    ]);
  });

  it('names duplicate node ids and duplicate links', () => {
    const g = graph([
      { id: 'a', block: 't.add', inputs: { a: 1 } },
      { id: 'a', block: 't.add', inputs: { a: 1 } },
    ]);
    expect(issuesOf(g).map((i) => i.code)).toContain('duplicate_node');
    const twice = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 'b', block: 't.add' },
      ],
      [link('a.sum', 'b.a'), link('a.sum', 'b.a')],
    );
    expect(issuesOf(twice).map((i) => i.code)).toEqual(['duplicate_link']);
  });

  it('names unknown pins on both ends and lists the real ones', () => {
    const g = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 'b', block: 't.add', inputs: { a: 1 } },
      ],
      [link('a.total', 'b.c')],
    );
    const messages = issuesOf(g).map((i) => i.message);
    expect(messages[0]).toContain('has no output "total"; its outputs are: sum, error');
    expect(messages[1]).toContain('has no input "c"; its inputs are: a, b');
  });

  it('names unknown and invalid default inputs', () => {
    const g = graph([{ id: 'a', block: 't.add', inputs: { a: 'one', z: 1 } }]);
    expect(issuesOf(g).map((i) => [i.code, i.pin])).toEqual([
      ['invalid_default', 'a'],
      ['unknown_pin', 'z'],
    ]);
  });

  it('takes no name every object inherits for a pin', () => {
    const names = ['valueOf', 'constructor', 'toString', 'hasOwnProperty'];
    const g = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1, ...Object.fromEntries(names.map((n) => [n, 0])) } },
        { id: 'b', block: 't.add', inputs: { a: 1 } },
      ],
      [link('a.toString', 'b.valueOf')],
    );
    expect(issuesOf(g).map((i) => [i.code, i.pin])).toEqual([...names.map((n) => ['unknown_pin', n]), ['unknown_pin', 'toString'], ['unknown_pin', 'valueOf']]);
  });

  it('refuses links between incompatible types', () => {
    const g = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 't', block: 't.text' },
      ],
      [link('a.sum', 't.text')],
    );
    expect(issuesOf(g)).toEqual([
      { code: 'incompatible_link', nodeId: 't', pin: 'text', message: expect.stringContaining('number does not fit input type string') },
    ]);
  });

  it('checks composite pins against the element type and refuses them on scalar inputs', () => {
    const ok = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 'l', block: 't.list' },
        { id: 'd', block: 't.dict' },
      ],
      [link('a.sum', 'l.items[3]'), link('a.sum', 'd.values.k')],
    );
    expect(issuesOf(ok)).toEqual([]);
    const bad = graph(
      [
        { id: 'a', block: 't.add', inputs: { a: 1 } },
        { id: 'b', block: 't.add' },
      ],
      [link('a.sum', 'b.a[0]')],
    );
    expect(issuesOf(bad)[0]!.message).toContain('input "a" of t.add is not a list');
  });

  it('names a required input with no link and no default', () => {
    expect(issuesOf(graph([{ id: 'b', block: 't.add' }]))).toEqual([
      { code: 'missing_input', nodeId: 'b', pin: 'a', message: 'Node "b" (t.add) needs input "a": link a value into it or give it a default.' },
    ]);
  });

  it('treats an unknown-typed input without a default as required', () => {
    expect(issuesOf(graph([{ id: 'o', block: 't.output', inputs: { name: 'r' } }])).map((i) => [i.code, i.pin])).toEqual([['missing_input', 'value']]);
  });

  it('refuses cycles and shows the loop', () => {
    const g = graph(
      [
        { id: 'a', block: 't.add' },
        { id: 'b', block: 't.add' },
      ],
      [link('a.sum', 'b.a'), link('b.sum', 'a.a')],
    );
    expect(issuesOf(g)).toEqual([{ code: 'cycle', nodeId: 'a', message: expect.stringContaining('(a → b → a)') }]);
  });

  it('finds a cycle at the end of a chain of 10 000 nodes, deeper than recursion could go', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => link(`${ids[i]}.sum`, `${id}.a`));
    const nodes = ids.map((id, i) => ({ id, block: 't.add', inputs: i === 0 ? { a: 1 } : {} }));
    expect(issuesOf(graph(nodes, chain))).toEqual([]);
    const cycle = issuesOf(graph(nodes, [...chain, link('n9999.sum', 'n9997.b')]));
    expect(cycle).toEqual([{ code: 'cycle', nodeId: 'n9997', message: expect.stringContaining('(n9997 → n9998 → n9999 → n9997)') }]);
  });

  it('refuses links to or from notes', () => {
    const g = graph(
      [
        { id: 'n', block: 't.note' },
        { id: 'a', block: 't.add', inputs: { a: 1 } },
      ],
      [link('a.sum', 'n.text')],
    );
    expect(issuesOf(g).map((i) => i.code)).toEqual(['note_link']);
  });

  it('accepts links from the implicit error output', () => {
    const g = graph(
      [
        { id: 'f', block: 't.fail' },
        { id: 'o', block: 't.output', inputs: { name: 'e' } },
      ],
      [link('f.error', 'o.value')],
    );
    expect(issuesOf(g)).toEqual([]);
  });
});
