/**
 * A graph for tests of human review: the Input `draft` goes to an editable review; approved, it
 * comes out as `sent`; rejected, as `stopped` ({reason, data}).
 */
export const reviewGraph = {
  name: 'Email with approval',
  nodes: [
    { id: 'draft', block: 'input', inputs: { name: 'draft', value: 'Hi Ada' } },
    { id: 'ask', block: 'human.review', inputs: { message: '**Send** this email to Ada?', editable: true } },
    { id: 'sent', block: 'output', inputs: { name: 'sent' } },
    { id: 'stopped', block: 'output', inputs: { name: 'stopped' } },
  ],
  links: [
    { from: { node: 'draft', output: 'result' }, to: { node: 'ask', input: 'data' } },
    { from: { node: 'ask', output: 'approved' }, to: { node: 'sent', input: 'value' } },
    { from: { node: 'ask', output: 'rejected' }, to: { node: 'stopped', input: 'value' } },
  ],
};
