/** A graph whose run goes on (ten minutes) until a test stops it: wait → Output `result`. */
export const slowGraph = (name = 'Slow') => ({
  name,
  nodes: [
    { id: 'wait', block: 'time.delay', inputs: { value: 'done', ms: 600_000 } },
    { id: 'out', block: 'output', inputs: { name: 'result' } },
  ],
  links: [{ from: { node: 'wait', output: 'value' }, to: { node: 'out', input: 'value' } }],
});
