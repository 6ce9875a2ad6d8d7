import { graphFileSchema } from '@blocksmith/engine';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDetail, GraphFile } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';

const detailOf = (graph: GraphFile): GraphDetail => ({
  id: 'g1',
  mcp: false,
  name: graph.name,
  description: graph.description ?? '',
  latestVersion: 1,
  version: 1,
  createdAt: 0,
  updatedAt: 0,
  graph,
  issues: [],
});

const openAndSave = (graph: GraphFile): GraphFile => {
  useBuilder.getState().load(detailOf(graph), []);
  return useBuilder.getState().graphFile();
};

const identifier = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/);
const json = fc.jsonValue({ maxDepth: 2 });
const position = fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.double({ noNaN: true, noDefaultInfinity: true }) });
const options = fc.record(
  {
    timeoutMs: fc.integer({ min: 1, max: 86_400_000 }),
    retry: fc.record(
      {
        attempts: fc.integer({ min: 1, max: 20 }),
        initialDelayMs: fc.integer({ min: 0, max: 3_600_000 }),
        maxDelayMs: fc.integer({ min: 0, max: 3_600_000 }),
        factor: fc.double({ min: 1, max: 10, noNaN: true }),
      },
      { requiredKeys: ['attempts'] },
    ),
  },
  { requiredKeys: [] },
);

/** Any graph file the format accepts, every node placed (unplaced nodes are laid out on open: a visible change). */
const graphFiles = fc
  .uniqueArray(identifier, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        name: fc.string({ minLength: 1, maxLength: 40 }),
        description: fc.string({ maxLength: 40 }),
        nodes: fc.tuple(
          ...ids.map((id) =>
            fc.record(
              {
                id: fc.constant(id),
                block: identifier,
                inputs: fc.dictionary(identifier, json, { maxKeys: 4 }),
                position,
                options,
                label: fc.string({ maxLength: 20 }),
              },
              { requiredKeys: ['id', 'block', 'position'] },
            ),
          ),
        ),
        links: fc.array(
          fc.record(
            {
              from: fc.record({ node: fc.constantFrom(...ids), output: identifier }),
              to: fc.record({ node: fc.constantFrom(...ids), input: identifier }),
              static: fc.boolean(),
            },
            { requiredKeys: ['from', 'to'] },
          ),
          { maxLength: 10 },
        ),
      },
      { requiredKeys: ['schemaVersion', 'name', 'nodes', 'links'] },
    ),
  )
  .map((graph) => graphFileSchema.parse(graph));

describe('the builder keeps a graph file as it was read', () => {
  it('any valid graph file, opened and saved, comes back equal', () => {
    fc.assert(
      fc.property(graphFiles, (graph) => {
        expect(openAndSave(graph)).toEqual(graph);
      }),
    );
  });

  it('an edit changes only what the user changed', () => {
    fc.assert(
      fc.property(graphFiles, identifier, json, (graph, input, value) => {
        fc.pre(value !== null && value !== '');
        useBuilder.getState().load(detailOf(graph), []);
        const target = graph.nodes[0]!;
        useBuilder.getState().setInput(target.id, input, value);
        const saved = useBuilder.getState().graphFile();
        expect(saved).toEqual({ ...graph, nodes: [{ ...target, inputs: { ...target.inputs, [input]: value } }, ...graph.nodes.slice(1)] });
      }),
    );
  });

  it("keeps the docs' example's retry, timeout and static flag through an edit (only unplaced nodes gain positions)", () => {
    const markdown = readFileSync(new URL('../../../../docs/graph-format.md', import.meta.url), 'utf8');
    const example = graphFileSchema.parse(JSON.parse(/```json\n([\s\S]*?)```/.exec(markdown)![1]!));
    expect(example.nodes.find((n) => n.id === 'divide')!.options).toBeDefined();
    useBuilder.getState().load(detailOf(example), []);
    useBuilder.getState().setInput('a', 'value', 12);
    const saved = useBuilder.getState().graphFile();
    const placed = new Map(saved.nodes.map((n) => [n.id, n.position]));
    expect(saved).toEqual({
      ...example,
      nodes: example.nodes.map((n) => ({ ...n, position: n.position ?? placed.get(n.id), ...(n.id === 'a' ? { inputs: { ...n.inputs, value: 12 } } : {}) })),
    });
  });

  it('a changed field keeps its place among the inputs', () => {
    useBuilder
      .getState()
      .load(
        detailOf(graphFileSchema.parse({ name: 'g', nodes: [{ id: 'n', block: 'text.template', inputs: { a: 1, b: 2, c: 3 }, position: { x: 0, y: 0 } }] })),
        [],
      );
    useBuilder.getState().setInput('n', 'a', 10);
    expect(JSON.stringify(useBuilder.getState().graphFile().nodes[0]!.inputs)).toBe('{"a":10,"b":2,"c":3}');
  });

  it('clearing a field removes it, so the block default applies', () => {
    useBuilder
      .getState()
      .load(
        detailOf(graphFileSchema.parse({ name: 'g', nodes: [{ id: 'n', block: 'text.template', inputs: { template: 'x' }, position: { x: 0, y: 0 } }] })),
        [],
      );
    useBuilder.getState().setInput('n', 'template', '');
    expect(useBuilder.getState().graphFile().nodes[0]).toEqual({ id: 'n', block: 'text.template', position: { x: 0, y: 0 } });
  });

  it('retry and timeout settings are saved with the node, and removed when cleared', () => {
    useBuilder.getState().load(detailOf(graphFileSchema.parse({ name: 'g', nodes: [{ id: 'n', block: 'http.request', position: { x: 0, y: 0 } }] })), []);
    useBuilder.getState().setOptions('n', { timeoutMs: 1000, retry: { attempts: 3, initialDelayMs: 500 } });
    expect(useBuilder.getState().graphFile().nodes[0]!.options).toEqual({ timeoutMs: 1000, retry: { attempts: 3, initialDelayMs: 500 } });
    useBuilder.getState().setOptions('n', undefined);
    expect(useBuilder.getState().graphFile().nodes[0]).not.toHaveProperty('options');
  });
});

describe('undo', () => {
  it('deleting a node with its links is one undo step', () => {
    const graph = graphFileSchema.parse({
      name: 'g',
      nodes: ['a', 'b', 'c'].map((id, i) => ({ id, block: 'text.template', position: { x: i * 300, y: 0 } })),
      links: [
        { from: { node: 'a', output: 'result' }, to: { node: 'b', input: 'values.x' } },
        { from: { node: 'b', output: 'result' }, to: { node: 'c', input: 'values.y' } },
      ],
    });
    const builder = useBuilder.getState();
    builder.load(detailOf(graph), []);
    // As React Flow reports the Delete key: one call before, then the nodes and the links separately.
    builder.beforeDelete();
    builder.onNodesChange([{ type: 'remove', id: 'b' }]);
    builder.onEdgesChange(useBuilder.getState().edges.map((e) => ({ type: 'remove' as const, id: e.id })));
    expect(useBuilder.getState().graphFile()).toMatchObject({ nodes: [{ id: 'a' }, { id: 'c' }], links: [] });
    useBuilder.getState().undo();
    expect(useBuilder.getState().graphFile()).toEqual(graph);
    expect(useBuilder.getState().past).toHaveLength(0);
  });

  it('a dragged node lands on whole pixels; nodes nobody moved keep their positions', () => {
    const graph = graphFileSchema.parse({
      name: 'g',
      nodes: [
        { id: 'a', block: 'text.template', position: { x: 0.25, y: 1.5 } },
        { id: 'b', block: 'text.template', position: { x: 10.75, y: 0 } },
      ],
    });
    useBuilder.getState().load(detailOf(graph), []);
    useBuilder.getState().onNodesChange([{ type: 'position', id: 'a', position: { x: 40.4, y: 79.6 }, dragging: true }]);
    expect(
      useBuilder
        .getState()
        .graphFile()
        .nodes.map((n) => n.position),
    ).toEqual([
      { x: 40, y: 80 },
      { x: 10.75, y: 0 },
    ]);
  });

  it('shows an older version for its run read-only, whatever edits it: every edit is refused with a way back, and the run stays', () => {
    const graph: GraphFile = {
      schemaVersion: 1,
      name: 'Versions',
      nodes: [{ id: 'n', block: 'math.arithmetic', inputs: { a: 1 }, position: { x: 0, y: 0 } }],
      links: [],
    };
    const store = useBuilder.getState();
    store.load({ ...detailOf(graph), latestVersion: 3, version: 3 }, []);
    store.startRun('r1');
    store.showVersion({ ...detailOf({ ...graph, name: 'Old' }), latestVersion: 3, version: 1 }, true);
    expect(useBuilder.getState()).toMatchObject({ version: 1, name: 'Old', viewing: { version: 1 }, run: { runId: 'r1' }, dirty: false });
    store.setInput('n', 'a', 2);
    store.setName('Renamed');
    store.addNode('math.arithmetic', { x: 10, y: 10 });
    useBuilder.setState({ dirty: true });
    const state = useBuilder.getState();
    expect([state.name, state.nodes.length, state.nodes[0]!.data.inputs, state.dirty]).toEqual(['Old', 1, { a: 1 }, false]);
    expect(state.notice).toBe('This is version 1, shown for its run: go back to the latest version to change it.');

    store.showVersion({ ...detailOf(graph), latestVersion: 3, version: 3 }, false);
    store.setInput('n', 'a', 2);
    expect(useBuilder.getState()).toMatchObject({ viewing: undefined, dirty: true, run: { runId: 'r1' } });
    expect(useBuilder.getState().nodes[0]!.data.inputs).toEqual({ a: 2 });
  });
});

describe('a save refused over a newer version', () => {
  const graph: GraphFile = { schemaVersion: 1, name: 'Mine', nodes: [{ id: 'a', block: 'input', inputs: { name: 'a' }, position: { x: 0, y: 0 } }], links: [] };
  const latest = { version: 2, createdAt: 0, graph: { ...graph, name: 'Theirs' } };

  it('keeps the changes on the canvas, then bases them on the newer version, merged in one undo step', () => {
    useBuilder.getState().load(detailOf(graph), []);
    useBuilder.getState().setName('Mine, edited');
    useBuilder.getState().conflicted({ mine: useBuilder.getState().graphFile(), baseVersion: 1, base: { version: 1, graph }, latest });
    expect(useBuilder.getState()).toMatchObject({
      name: 'Mine, edited',
      dirty: true,
      version: 1,
      notice: 'Not saved: version 2 was saved while you edited version 1.',
    });

    useBuilder.getState().baseOn(2, { ...graph, name: 'Merged' });
    expect(useBuilder.getState()).toMatchObject({ name: 'Merged', dirty: true, version: 2, conflict: undefined });
    expect(useBuilder.getState().graphFile().name).toBe('Merged');
    useBuilder.getState().undo();
    expect(useBuilder.getState().nodes.map((n) => n.id)).toEqual(['a']);
  });

  it('is left undecided without losing the changes', () => {
    useBuilder.getState().load(detailOf(graph), []);
    useBuilder.getState().setName('Still mine');
    useBuilder.getState().conflicted({ mine: useBuilder.getState().graphFile(), baseVersion: 1, base: null, latest });
    useBuilder.getState().dropConflict();
    expect(useBuilder.getState()).toMatchObject({ name: 'Still mine', dirty: true, version: 1, conflict: undefined });
  });
});

describe("an editor locked by the person's role", () => {
  it('refuses every edit with the reason, and lets go when unlocked', () => {
    const graph: GraphFile = {
      schemaVersion: 1,
      name: 'Theirs',
      nodes: [{ id: 'a', block: 'input', inputs: { name: 'a' }, position: { x: 0, y: 0 } }],
      links: [],
    };
    useBuilder.getState().load(detailOf(graph), []);
    useBuilder.getState().setLocked('Your role in Team is viewer: you can look at this agent, not change it.');
    useBuilder.getState().setName('Mine now');
    expect(useBuilder.getState()).toMatchObject({
      name: 'Theirs',
      dirty: false,
      notice: 'Your role in Team is viewer: you can look at this agent, not change it.',
    });
    useBuilder.getState().setLocked(undefined);
    useBuilder.getState().setName('Mine now');
    expect(useBuilder.getState()).toMatchObject({ name: 'Mine now', dirty: true });
  });
});
