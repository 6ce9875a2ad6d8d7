import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomGraph } from '../testing/random-graph.ts';
import type { GraphFile, GraphLink } from './graph-file.ts';
import { AGENT_PART, compareVersions, mergeVersions, nodePart } from './merge-versions.ts';

const link = (from: string, to: string, input = 'value'): GraphLink => ({ from: { node: from, output: 'result' }, to: { node: to, input } });

const base: GraphFile = {
  schemaVersion: 1,
  name: 'Greeter',
  nodes: [
    { id: 'in', block: 'input', inputs: { name: 'who' } },
    { id: 'greet', block: 'text.template', inputs: { template: 'Hi {{who}}' } },
    { id: 'out', block: 'output', inputs: { name: 'greeting' } },
  ],
  links: [link('in', 'greet', 'values.who'), link('greet', 'out')],
};

const withNode = (graph: GraphFile, id: string, inputs: Record<string, unknown>): GraphFile => ({
  ...graph,
  nodes: graph.nodes.map((n) => (n.id === id ? { ...n, inputs } : n)),
});

describe('comparing and merging two versions saved on the same base', () => {
  it('takes each side’s change to a part the other left alone, and links added or removed on either side', () => {
    // Mine: a new node after greet. Theirs: a new template and a renamed agent.
    const mine: GraphFile = {
      ...base,
      nodes: [...base.nodes, { id: 'shout', block: 'text.case', inputs: { mode: 'upper' } }],
      links: [link('in', 'greet', 'values.who'), link('greet', 'shout', 'text'), link('shout', 'out')],
    };
    const theirs: GraphFile = { ...withNode(base, 'greet', { template: 'Hello {{who}}' }), name: 'Polite greeter' };

    const comparison = compareVersions(base, mine, theirs);
    expect(comparison.differences).toEqual([
      { key: AGENT_PART, label: 'Name and description', mine: 'unchanged', theirs: 'changed', changed: { mine: [], theirs: ['name'] }, conflict: false },
      {
        key: nodePart('greet'),
        label: 'greet · text.template',
        mine: 'unchanged',
        theirs: 'changed',
        changed: { mine: [], theirs: ['inputs.template'] },
        conflict: false,
      },
      { key: nodePart('shout'), label: 'shout · text.case', mine: 'added', theirs: 'unchanged', changed: { mine: [], theirs: [] }, conflict: false },
    ]);
    expect(comparison.links).toEqual({ mine: { added: 2, removed: 1 }, theirs: { added: 0, removed: 0 } });

    const merged = mergeVersions(base, mine, theirs);
    expect(merged.name).toBe('Polite greeter');
    expect(merged.nodes.map((n) => [n.id, n.inputs])).toEqual([
      ['in', { name: 'who' }],
      ['greet', { template: 'Hello {{who}}' }],
      ['out', { name: 'greeting' }],
      ['shout', { mode: 'upper' }],
    ]);
    expect(merged.links).toEqual(mine.links);
  });

  it('asks about a part both sides changed, and takes the side picked (yours unless picked)', () => {
    const mine = withNode(base, 'greet', { template: 'Yo {{who}}' });
    const theirs = withNode(base, 'greet', { template: 'Hello {{who}}' });
    expect(compareVersions(base, mine, theirs).differences).toEqual([
      {
        key: nodePart('greet'),
        label: 'greet · text.template',
        mine: 'changed',
        theirs: 'changed',
        changed: { mine: ['inputs.template'], theirs: ['inputs.template'] },
        conflict: true,
      },
    ]);
    expect(mergeVersions(base, mine, theirs).nodes[1]!.inputs).toEqual({ template: 'Yo {{who}}' });
    expect(mergeVersions(base, mine, theirs, { [nodePart('greet')]: 'theirs' }).nodes[1]!.inputs).toEqual({ template: 'Hello {{who}}' });
  });

  it('drops the links of a node the merge leaves out, and keeps a node removed on one side when the other changed it and is picked', () => {
    const mine = withNode(base, 'greet', { template: 'Yo {{who}}' });
    const theirs: GraphFile = { ...base, nodes: base.nodes.filter((n) => n.id !== 'greet'), links: [link('in', 'out')] };
    const difference = compareVersions(base, mine, theirs).differences[0];
    expect(difference).toMatchObject({ mine: 'changed', theirs: 'removed', conflict: true });

    const theirPick = mergeVersions(base, mine, theirs, { [nodePart('greet')]: 'theirs' });
    expect(theirPick.nodes.map((n) => n.id)).toEqual(['in', 'out']);
    expect(theirPick.links).toEqual([link('in', 'out')]);

    const myPick = mergeVersions(base, mine, theirs);
    expect(myPick.nodes.map((n) => n.id)).toEqual(['in', 'greet', 'out']);
    // Their removal of greet's links stands; their new link stays.
    expect(myPick.links).toEqual([link('in', 'out')]);
  });

  it('treats every difference as a conflict when the base is unknown, and a node id cannot pose as the agent', () => {
    const mine: GraphFile = { ...base, nodes: [...base.nodes, { id: 'agent', block: 'input', inputs: { name: 'x' } }] };
    const theirs: GraphFile = { ...base, name: 'Other' };
    expect(compareVersions(undefined, mine, theirs).differences.map((d) => [d.key, d.conflict])).toEqual([
      [AGENT_PART, true],
      [nodePart('agent'), true],
    ]);
    const merged = mergeVersions(undefined, mine, theirs, { [AGENT_PART]: 'theirs' });
    expect(merged.name).toBe('Other');
    expect(merged.nodes.map((n) => n.id)).toContain('agent');
  });

  it('changes neither side', () => {
    const mine = withNode(base, 'greet', { template: 'Yo' });
    const theirs = withNode(base, 'out', { name: 'hello' });
    const [mineBefore, theirsBefore] = [structuredClone(mine), structuredClone(theirs)];
    mergeVersions(base, mine, theirs);
    expect([mine, theirs]).toEqual([mineBefore, theirsBefore]);
  });

  it('gives back the changed side when only one side changed, and either side when both made the same change (property)', () => {
    const sorted = (g: GraphFile) => ({
      ...g,
      nodes: [...g.nodes].sort((a, b) => a.id.localeCompare(b.id)),
      links: [...g.links].map((l) => JSON.stringify(l)).sort(),
    });
    fc.assert(
      fc.property(randomGraph, randomGraph, (base, changed) => {
        expect(sorted(mergeVersions(base, changed, base))).toEqual(sorted(changed));
        expect(sorted(mergeVersions(base, base, changed))).toEqual(sorted(changed));
        expect(sorted(mergeVersions(base, changed, changed))).toEqual(sorted(changed));
        expect(compareVersions(base, changed, changed).differences).toEqual([]);
      }),
    );
  });
});
