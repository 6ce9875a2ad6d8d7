/** A small graph for tests of what starts runs: one Input `who` (default "world") greeted by a template into the output `greeting`. */
export const greeterGraph = {
  name: 'Greeter',
  nodes: [
    { id: 'who', block: 'input', inputs: { name: 'who', value: 'world' } },
    { id: 'greet', block: 'text.template', inputs: { template: 'Hello {{who}}' } },
    { id: 'out', block: 'output', inputs: { name: 'greeting' } },
  ],
  links: [
    { from: { node: 'who', output: 'result' }, to: { node: 'greet', input: 'values.who' } },
    { from: { node: 'greet', output: 'result' }, to: { node: 'out', input: 'value' } },
  ],
};
