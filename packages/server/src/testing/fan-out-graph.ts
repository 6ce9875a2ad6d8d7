/** A graph for tests of the node-run limit: code makes `items` numbers, For Each sends each through a node that doubles it. */
export function fanOutGraph(items: number) {
  return {
    name: `Fan-out of ${items}`,
    nodes: [
      { id: 'make', block: 'code.javascript', inputs: { code: `return Array.from({ length: ${items} }, (_, i) => i)` } },
      { id: 'each', block: 'list.for_each' },
      { id: 'double', block: 'math.arithmetic', inputs: { operation: 'multiply', b: 2 } },
    ],
    links: [
      { from: { node: 'make', output: 'result' }, to: { node: 'each', input: 'items' } },
      { from: { node: 'each', output: 'item' }, to: { node: 'double', input: 'a' } },
    ],
  };
}
