/** A graph for tests of required run inputs: one Input `topic` with no default, passed to the output `said`. */
export const needsTopicGraph = {
  name: 'Needs topic',
  nodes: [
    { id: 'topic', block: 'input', inputs: { name: 'topic' } },
    { id: 'out', block: 'output', inputs: { name: 'said' } },
  ],
  links: [{ from: { node: 'topic', output: 'result' }, to: { node: 'out', input: 'value' } }],
};
