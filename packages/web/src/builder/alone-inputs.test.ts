import { describe, expect, it } from 'vitest';
import { aloneInputs, linkedInputs } from './alone-inputs.ts';

describe('inputs of a node run alone', () => {
  const edges = [
    { source: 'ask', sourceHandle: 'response', target: 'shout', targetHandle: 'text' },
    { source: 'a', sourceHandle: 'x', target: 'list', targetHandle: 'items[0]' },
    { source: 'b', sourceHandle: 'y', target: 'list', targetHandle: 'items[1]' },
  ];
  const pin = (outputs: Record<string, unknown[]>) => ({ nodeId: 'ask', outputs, updatedAt: 0 });

  it('names each linked input once, a composite pin by its input', () => {
    expect(linkedInputs(edges, 'shout')).toEqual(['text']);
    expect(linkedInputs(edges, 'list')).toEqual(['items']);
    expect(linkedInputs(edges, 'ask')).toEqual([]);
  });

  it('starts from the run shown, else from the pinned output that feeds the input', () => {
    expect(aloneInputs(['text'], edges, 'shout', { text: 'from the run' }, { ask: pin({ response: ['pinned'] }) })).toEqual({ text: 'from the run' });
    expect(aloneInputs(['text'], edges, 'shout', undefined, { ask: pin({ response: ['pinned', 'second'] }) })).toEqual({ text: 'pinned' });
    expect(aloneInputs(['text'], edges, 'shout', {}, {})).toEqual({ text: undefined });
  });
});
