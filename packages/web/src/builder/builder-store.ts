import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { BlockManifest, GraphDetail } from '../api/types.ts';
import { layoutGraph } from './auto-layout.ts';
import { instantiateFragment, type GraphFragment } from './fragment.ts';
import { checkConnection } from './connection-check.ts';
import { edgeId, freshNodeId, toFlow, toGraphFile, type BlockNode, type LinkEdge } from './graph-conversion.ts';
import { applyEvent, emptyRunView, fromSnapshot, type RunView } from './run-view.ts';
import type { SocketMessage } from '../api/run-socket.ts';

interface Snapshot {
  nodes: BlockNode[];
  edges: LinkEdge[];
}

export interface BuilderState {
  graphId: string | undefined;
  version: number | undefined;
  name: string;
  description: string;
  nodes: BlockNode[];
  edges: LinkEdge[];
  blocks: Map<string, BlockManifest>;
  dirty: boolean;
  past: Snapshot[];
  future: Snapshot[];
  notice: string | undefined;
  run: RunView | undefined;
  /** Validation problems from the last save, by node id, with the pin each concerns. */
  issues: Record<string, { message: string; pin?: string }[]>;
  selectedNodeId: string | undefined;
  /** Element and key pins added on nodes but not linked yet (only links are saved). */
  extraPins: Record<string, string[]>;
  addPin(nodeId: string, pin: string): void;
  /** Adds copied nodes (from this or another tab) as new nodes, selected. */
  paste(fragment: GraphFragment, offset: { x: number; y: number }): void;
  load(detail: GraphDetail | undefined, blocks: BlockManifest[]): void;
  setName(name: string): void;
  onNodesChange(changes: NodeChange<BlockNode>[]): void;
  onEdgesChange(changes: EdgeChange<LinkEdge>[]): void;
  /** Adds a link when the types fit; otherwise shows why not and returns false. */
  connect(connection: Connection): boolean;
  addNode(blockId: string, position: { x: number; y: number }): void;
  setInput(nodeId: string, input: string, value: unknown): void;
  checkpoint(): void;
  /** Lays the graph out left to right, by measured node sizes; an automatic layout is not an edit. */
  autoLayout(byUser: boolean): void;
  /** Whether the loaded graph had nodes without positions. */
  needsLayout: boolean;
  undo(): void;
  redo(): void;
  saved(detail: GraphDetail): void;
  setNotice(notice: string | undefined): void;
  startRun(runId: string): void;
  setIssues(issues: { nodeId?: string; pin?: string; message: string }[]): void;
  select(nodeId: string | undefined): void;
  /** Puts an older version on the canvas; saving it makes it the newest version. */
  restore(detail: GraphDetail): void;
  onSocket(message: SocketMessage): void;
  graphFile(): ReturnType<typeof toGraphFile>;
}

const HISTORY_LIMIT = 100;

/** The editor's state; React components only render it and dispatch these actions. */
export const useBuilder = create<BuilderState>((set, get) => ({
  graphId: undefined,
  version: undefined,
  name: 'Untitled agent',
  description: '',
  nodes: [],
  edges: [],
  blocks: new Map(),
  dirty: false,
  past: [],
  future: [],
  notice: undefined,
  run: undefined,
  needsLayout: false,
  issues: {},
  selectedNodeId: undefined,
  extraPins: {},

  load(detail, blocks) {
    const flow = detail ? toFlow(detail.graph) : { nodes: [], edges: [] };
    set({
      graphId: detail?.id,
      version: detail?.version,
      name: detail?.graph.name ?? 'Untitled agent',
      description: detail?.graph.description ?? '',
      ...flow,
      blocks: new Map(blocks.map((b) => [b.id, b])),
      dirty: false,
      past: [],
      future: [],
      notice: undefined,
      run: undefined,
      needsLayout: detail?.graph.nodes.some((n) => !n.position) ?? false,
      issues: {},
      selectedNodeId: undefined,
      extraPins: {},
    });
  },

  paste(fragment, offset) {
    get().checkpoint();
    const { nodes, edges } = get();
    const pasted = instantiateFragment(fragment, new Set(nodes.map((n) => n.id)), offset);
    set({ nodes: [...nodes.map((n) => ({ ...n, selected: false })), ...pasted.nodes], edges: [...edges, ...pasted.edges], dirty: true });
  },

  addPin(nodeId, pin) {
    const pins = get().extraPins[nodeId] ?? [];
    if (!pins.includes(pin)) set({ extraPins: { ...get().extraPins, [nodeId]: [...pins, pin] } });
  },

  restore(detail) {
    get().checkpoint();
    set({
      ...toFlow(detail.graph),
      name: detail.graph.name,
      description: detail.graph.description ?? '',
      dirty: true,
      notice: `Version ${detail.version} restored: save to make it the newest version.`,
    });
  },

  setIssues(issues) {
    const byNode: BuilderState['issues'] = {};
    for (const issue of issues) if (issue.nodeId) (byNode[issue.nodeId] ??= []).push({ message: issue.message, ...(issue.pin ? { pin: issue.pin } : {}) });
    set({ issues: byNode });
  },

  select(nodeId) {
    if (get().selectedNodeId !== nodeId) set({ selectedNodeId: nodeId });
  },

  setName(name) {
    set({ name, dirty: true });
  },

  onNodesChange(changes) {
    const structural = changes.some((c) => c.type === 'remove' || c.type === 'add');
    if (structural) get().checkpoint();
    const moved = changes.some((c) => c.type === 'position' || structural);
    set((s) => ({ nodes: applyNodeChanges(changes, s.nodes), ...(moved ? { dirty: true } : {}) }));
  },

  onEdgesChange(changes) {
    if (changes.some((c) => c.type === 'remove')) {
      get().checkpoint();
      set({ dirty: true });
    }
    set((s) => ({ edges: applyEdgeChanges(changes, s.edges) }));
  },

  connect(connection) {
    const { nodes, blocks } = get();
    const source = nodes.find((n) => n.id === connection.source);
    const target = nodes.find((n) => n.id === connection.target);
    const check = checkConnection(
      blocks.get(source?.data.blockId ?? ''),
      connection.sourceHandle ?? '',
      blocks.get(target?.data.blockId ?? ''),
      connection.targetHandle ?? '',
    );
    if (!check.ok) {
      set({ notice: `Cannot connect: ${check.reason}` });
      return false;
    }
    get().checkpoint();
    const isStatic = blocks.get(source?.data.blockId ?? '')?.staticOutput === true;
    const edge: LinkEdge = {
      id: edgeId(connection.source, connection.sourceHandle ?? '', connection.target, connection.targetHandle ?? ''),
      source: connection.source,
      sourceHandle: connection.sourceHandle ?? null,
      target: connection.target,
      targetHandle: connection.targetHandle ?? null,
      data: { static: isStatic },
      ...(isStatic ? { className: 'static-link' } : {}),
    };
    set((s) => ({ edges: addEdge(edge, s.edges), dirty: true, notice: undefined }));
    return true;
  },

  addNode(blockId, position) {
    get().checkpoint();
    const taken = new Set(get().nodes.map((n) => n.id));
    const id = freshNodeId(blockId, taken);
    const manifest = get().blocks.get(blockId);
    const inputs: Record<string, unknown> = {};
    if (manifest?.kind === 'input' || manifest?.kind === 'output') inputs.name = id;
    set((s) => ({ nodes: [...s.nodes, { id, type: 'block', position, data: { blockId, inputs } }], dirty: true }));
  },

  setInput(nodeId, input, value) {
    set((s) => ({
      nodes: s.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, inputs: { ...n.data.inputs, [input]: value } } } : n)),
      dirty: true,
    }));
  },

  autoLayout(byUser) {
    if (byUser) get().checkpoint();
    const { nodes, edges } = get();
    const positions = layoutGraph(
      nodes.map((n) => ({ id: n.id, ...(n.measured?.width ? { width: n.measured.width } : {}), ...(n.measured?.height ? { height: n.measured.height } : {}) })),
      edges,
    );
    set({ nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })), needsLayout: false, ...(byUser ? { dirty: true } : {}) });
  },

  checkpoint() {
    const { nodes, edges, past } = get();
    set({ past: [...past.slice(-HISTORY_LIMIT + 1), { nodes, edges }], future: [] });
  },

  undo() {
    const { past, future, nodes, edges } = get();
    const previous = past.at(-1);
    if (!previous) return;
    set({ ...previous, past: past.slice(0, -1), future: [{ nodes, edges }, ...future], dirty: true });
  },

  redo() {
    const { past, future, nodes, edges } = get();
    const next = future[0];
    if (!next) return;
    set({ ...next, past: [...past, { nodes, edges }], future: future.slice(1), dirty: true });
  },

  saved(detail) {
    set({ graphId: detail.id, version: detail.version, dirty: false, issues: {}, notice: `Saved version ${detail.version}.` });
  },

  setNotice(notice) {
    set({ notice });
  },

  startRun(runId) {
    set({ run: emptyRunView(runId) });
  },

  onSocket(message) {
    const { run } = get();
    if (!run) return;
    if (message.type === 'snapshot' && message.run.id === run.runId) {
      // Records do not keep streamed text; what arrived live stays on the nodes.
      const fresh = fromSnapshot(message.run, message.nodeRuns);
      for (const [nodeId, node] of Object.entries(fresh.nodes)) {
        const streamed = run.nodes[nodeId]?.streamed;
        if (streamed !== undefined) node.streamed = streamed;
      }
      set({ run: fresh });
    } else if (message.type === 'events') set({ run: message.events.reduce(applyEvent, run) });
  },

  graphFile() {
    const { name, description, nodes, edges } = get();
    return toGraphFile(name, description || undefined, nodes, edges);
  },
}));
