import type { GraphFile } from '@blocksmith/engine';

/** W1 chain-100: input → 100 trivial transforms in a line → output. */
export function chainGraph(length: number): GraphFile {
  const nodes: GraphFile['nodes'] = [{ id: 'in', block: 'input', inputs: { name: 'x', value: 0 } }];
  const links: GraphFile['links'] = [];
  let previous = { node: 'in', output: 'result' };
  for (let i = 0; i < length; i++) {
    nodes.push({ id: `add${i}`, block: 'math.arithmetic', inputs: { operation: 'add', b: 1 } });
    links.push({ from: previous, to: { node: `add${i}`, input: 'a' } });
    previous = { node: `add${i}`, output: 'result' };
  }
  nodes.push({ id: 'out', block: 'output', inputs: { name: 'result' } });
  links.push({ from: previous, to: { node: 'out', input: 'value' } });
  return { schemaVersion: 1, name: `chain-${length}`, nodes, links };
}

/** W2 fanout-1000: a list of N items, each through 3 transforms, collected by an output. */
export function fanoutGraph(items: number): GraphFile {
  const steps = [
    { id: 'double', operation: 'multiply', b: 2 },
    { id: 'plus', operation: 'add', b: 3 },
    { id: 'minus', operation: 'subtract', b: 1 },
  ];
  return {
    schemaVersion: 1,
    name: `fanout-${items}`,
    nodes: [
      { id: 'in', block: 'input', inputs: { name: 'items', value: Array.from({ length: items }, (_, i) => i) } },
      { id: 'each', block: 'list.for_each' },
      ...steps.map((s) => ({ id: s.id, block: 'math.arithmetic', inputs: { operation: s.operation, b: s.b } })),
      { id: 'out', block: 'output', inputs: { name: 'results' } },
    ],
    links: [
      { from: { node: 'in', output: 'result' }, to: { node: 'each', input: 'items' } },
      { from: { node: 'each', output: 'item' }, to: { node: 'double', input: 'a' } },
      { from: { node: 'double', output: 'result' }, to: { node: 'plus', input: 'a' } },
      { from: { node: 'plus', output: 'result' }, to: { node: 'minus', input: 'a' } },
      { from: { node: 'minus', output: 'result' }, to: { node: 'out', input: 'value' } },
    ],
  };
}

/** W3 webhook: input x → `length` adds → output y; answered over HTTP. */
export function webhookGraph(length: number): GraphFile {
  const graph = chainGraph(length);
  return {
    ...graph,
    name: `W3 webhook (${length} nodes)`,
    nodes: graph.nodes.map((n) => (n.id === 'in' ? { ...n, inputs: { name: 'x' } } : n.id === 'out' ? { ...n, inputs: { name: 'y' } } : n)),
  };
}
