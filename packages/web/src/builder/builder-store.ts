import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { BlockManifest, GraphDetail, GraphFile } from '../api/types.ts';
import { instantiateFragment, type GraphFragment } from './fragment.ts';
import { checkConnection } from './connection-check.ts';
import { edgeId, freshNodeId, toFlow, toGraphFile, type BlockNode, type BlockNodeData, type LinkEdge } from './graph-conversion.ts';
import { applyEvent, emptyRunView, fromSnapshot, type RunView } from './run-view.ts';
import { readOnlyWhileViewing } from './read-only-guard.ts';
import type { SocketMessage } from '../api/run-socket.ts';

/** A save refused because another version was saved since: the changes it carried, what they started from, and what was saved. */
export interface SaveConflict {
  mine: GraphFile;
  baseVersion: number;
  base: { version: number; graph: GraphFile } | null;
  latest: { version: number; createdAt: number; graph: GraphFile };
}

interface Snapshot {
  nodes: BlockNode[];
  edges: LinkEdge[];
}

export interface BuilderState {
  graphId: string | undefined;
  version: number | undefined;
  name: string;
  /** Absent when the file has none: a graph comes back from a save exactly as it was read. */
  description: string | undefined;
  nodes: BlockNode[];
  edges: LinkEdge[];
  blocks: Map<string, BlockManifest>;
  dirty: boolean;
  /** A version shown for a run of it, read-only (read-only-guard.ts); undefined while editing the latest. */
  viewing: { version: number } | undefined;
  /** The last save was refused because another version was saved since; the changes stay on the canvas, unsaved. */
  conflict: SaveConflict | undefined;
  /** Why this person may not change the agent (their role in the workspace); undefined when they may. */
  locked: string | undefined;
  setLocked(reason: string | undefined): void;
  past: Snapshot[];
  future: Snapshot[];
  notice: string | undefined;
  run: RunView | undefined;
  /** Validation problems from the last save, by node id, with the pin each concerns. */
  issues: Record<string, { message: string; pin?: string; code?: string }[]>;
  selectedNodeId: string | undefined;
  /** Element and key pins added on nodes but not linked yet (only links are saved). */
  extraPins: Record<string, string[]>;
  addPin(nodeId: string, pin: string): void;
  /** Adds copied nodes (from this or another tab) as new nodes, selected. */
  paste(fragment: GraphFragment, offset: { x: number; y: number }): void;
  load(detail: GraphDetail | undefined, blocks: BlockManifest[]): void;
  /** Puts a version on the canvas, keeping the run shown: read-only when it is not the latest (`viewing`). */
  showVersion(detail: GraphDetail, viewing: boolean): void;
  setName(name: string): void;
  onNodesChange(changes: NodeChange<BlockNode>[]): void;
  onEdgesChange(changes: EdgeChange<LinkEdge>[]): void;
  /** Adds a link when the types fit; otherwise shows why not and returns false. */
  connect(connection: Connection): boolean;
  addNode(blockId: string, position: { x: number; y: number }): void;
  /** Sets a field; an empty value (undefined or '') removes it, so the block's default applies. */
  setInput(nodeId: string, input: string, value: unknown): void;
  /** The node's name on the canvas; an empty name shows the block's. */
  setLabel(nodeId: string, label: string): void;
  /** The node's retry and timeout policy; undefined removes it. */
  setOptions(nodeId: string, options: BlockNodeData['options']): void;
  /** Deleting nodes and links is one user action, so one undo step, however React Flow reports it. */
  beforeDelete(): void;
  checkpoint(): void;
  /** Moves nodes to a layout's positions (use-auto-layout.ts); an automatic layout is not an edit. */
  placeNodes(positions: Map<string, { x: number; y: number }>, byUser: boolean): void;
  /** The last layout placed (how many so far, and whether the user asked): the canvas then shows the graph. */
  placed: { count: number; byUser: boolean };
  /** Whether the loaded graph had nodes without positions. */
  needsLayout: boolean;
  undo(): void;
  redo(): void;
  /** A save went through; a version with issues is a draft, and its issues show on the nodes. */
  saved(detail: GraphDetail): void;
  /** A save was refused over a newer version: the editor offers to compare and keep one or merge. */
  conflicted(conflict: SaveConflict): void;
  /** Bases the changes on `version`, so the next save goes over it; with `graph`, the canvas becomes it first (one undo step). */
  baseOn(version: number, graph?: GraphFile): void;
  /** Leaves a conflict undecided: the changes stay unsaved on the canvas. */
  dropConflict(): void;
  setNotice(notice: string | undefined): void;
  startRun(runId: string): void;
  setIssues(issues: { nodeId?: string; pin?: string; message: string; code?: string }[]): void;
  select(nodeId: string | undefined): void;
  /** Puts an older version on the canvas; saving it makes it the newest version. */
  restore(detail: GraphDetail): void;
  onSocket(message: SocketMessage): void;
  graphFile(): ReturnType<typeof toGraphFile>;
}

const HISTORY_LIMIT = 100;

/** The editor's state; React components only render it and dispatch these actions. */
export const useBuilder = create<BuilderState>()(
  readOnlyWhileViewing((set, get) => ({
    graphId: undefined,
    version: undefined,
    name: 'Untitled agent',
    description: undefined,
    nodes: [],
    edges: [],
    blocks: new Map(),
    dirty: false,
    viewing: undefined,
    conflict: undefined,
    locked: undefined,
    past: [],
    future: [],
    notice: undefined,
    run: undefined,
    needsLayout: false,
    placed: { count: 0, byUser: false },
    issues: {},
    selectedNodeId: undefined,
    extraPins: {},

    load(detail, blocks) {
      set({ ...versionOnCanvas(detail), graphId: detail?.id, blocks: new Map(blocks.map((b) => [b.id, b])), run: undefined });
    },

    showVersion(detail, viewing) {
      set({ ...versionOnCanvas(detail), notice: undefined, viewing: viewing ? { version: detail.version } : undefined });
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
        description: detail.graph.description,
        dirty: true,
        notice: `Version ${detail.version} restored: save to make it the newest version.`,
      });
    },

    setIssues(issues) {
      set({ issues: issuesByNode(issues) });
    },

    select(nodeId) {
      if (get().selectedNodeId !== nodeId) set({ selectedNodeId: nodeId });
    },

    setName(name) {
      set({ name, dirty: true });
    },

    onNodesChange(changes) {
      // A dragged node lands on whole pixels, so saved files stay tidy; positions nobody moved stay as read.
      const rounded = changes.map((c) =>
        c.type === 'position' && c.position ? { ...c, position: { x: Math.round(c.position.x), y: Math.round(c.position.y) } } : c,
      );
      const edited = changes.some((c) => c.type === 'position' || c.type === 'remove' || c.type === 'add');
      set((s) => ({ nodes: applyNodeChanges(rounded, s.nodes), ...(edited ? { dirty: true } : {}) }));
    },

    onEdgesChange(changes) {
      const edited = changes.some((c) => c.type === 'remove' || c.type === 'add');
      set((s) => ({ edges: applyEdgeChanges(changes, s.edges), ...(edited ? { dirty: true } : {}) }));
    },

    beforeDelete() {
      get().checkpoint();
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
        data: isStatic ? { static: true } : {},
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
      updateData(nodeId, (data) => {
        const { [input]: _previous, ...rest } = data.inputs;
        // A changed field keeps its place among the inputs, so a saved file differs only in its value.
        return { ...data, inputs: value === undefined || value === '' ? rest : { ...data.inputs, [input]: value } };
      });
    },

    setLabel(nodeId, label) {
      updateData(nodeId, ({ label: _previous, ...data }) => (label ? { ...data, label } : data));
    },

    setOptions(nodeId, options) {
      updateData(nodeId, ({ options: _previous, ...data }) => (options ? { ...data, options } : data));
    },

    placeNodes(positions, byUser) {
      if (byUser) get().checkpoint();
      const { nodes, placed } = get();
      set({
        nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
        needsLayout: false,
        placed: { count: placed.count + 1, byUser },
        ...(byUser ? { dirty: true } : {}),
      });
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
      const issues = detail.issues ?? [];
      set({
        graphId: detail.id,
        version: detail.version,
        dirty: false,
        notice: issues.length
          ? `Saved version ${detail.version} as a draft: it cannot run until ${issues.length === 1 ? 'this problem is' : `these ${issues.length} problems are`} fixed.`
          : `Saved version ${detail.version}.`,
      });
      get().setIssues(issues);
    },

    conflicted(conflict) {
      set({ conflict, notice: `Not saved: version ${conflict.latest.version} was saved while you edited version ${get().version}.` });
    },

    baseOn(version, graph) {
      if (graph) {
        get().checkpoint();
        set({ ...toFlow(graph), name: graph.name, description: graph.description, dirty: true });
      }
      set({ version, conflict: undefined });
    },

    dropConflict() {
      set({ conflict: undefined });
    },

    setLocked(locked) {
      if (get().locked !== locked) set({ locked });
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
        const fresh = fromSnapshot(message);
        for (const [nodeId, node] of Object.entries(fresh.nodes)) {
          const streamed = run.nodes[nodeId]?.streamed;
          if (streamed !== undefined) node.streamed = streamed;
        }
        set({ run: fresh });
      } else if (message.type === 'events') set({ run: message.events.reduce(applyEvent, run) });
    },

    graphFile() {
      const { name, description, nodes, edges } = get();
      return toGraphFile(name, description, nodes, edges);
    },
  })),
);

/** The one node selected on the canvas, if exactly one is. */
export function soleSelected(nodes: readonly BlockNode[]): string | undefined {
  let sole: string | undefined;
  for (const node of nodes) {
    if (!node.selected) continue;
    if (sole !== undefined) return undefined;
    sole = node.id;
  }
  return sole;
}

/** The editor's state for a version just put on the canvas (none: a new, empty agent): unchanged, nothing to undo, nothing selected. */
function versionOnCanvas(detail: GraphDetail | undefined) {
  return {
    version: detail?.version,
    name: detail?.graph.name ?? 'Untitled agent',
    description: detail?.graph.description,
    ...(detail ? toFlow(detail.graph) : { nodes: [], edges: [] }),
    dirty: false,
    viewing: undefined,
    conflict: undefined,
    past: [],
    future: [],
    notice: detail?.issues?.length ? `Version ${detail.version} is a draft: the problems shown on its nodes keep it from running.` : undefined,
    needsLayout: detail?.graph.nodes.some((n) => !n.position) ?? false,
    issues: issuesByNode(detail?.issues ?? []),
    selectedNodeId: undefined,
    extraPins: {},
  };
}

function issuesByNode(issues: { nodeId?: string; pin?: string; message: string; code?: string }[]): BuilderState['issues'] {
  const byNode: BuilderState['issues'] = {};
  for (const issue of issues) {
    if (issue.nodeId)
      (byNode[issue.nodeId] ??= []).push({ message: issue.message, ...(issue.pin ? { pin: issue.pin } : {}), ...(issue.code ? { code: issue.code } : {}) });
  }
  return byNode;
}

function updateData(nodeId: string, update: (data: BlockNodeData) => BlockNodeData): void {
  useBuilder.setState((s) => ({ nodes: s.nodes.map((n) => (n.id === nodeId ? { ...n, data: update(n.data) } : n)), dirty: true }));
}
