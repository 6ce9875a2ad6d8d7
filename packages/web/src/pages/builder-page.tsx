import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { ThemeButton } from '../ui/theme-button.tsx';
import { RunSocket } from '../api/run-socket.ts';
import type { BlockManifest, GraphIssue } from '../api/types.ts';
import { BlockNode } from '../builder/block-node.tsx';
import { useBuilder } from '../builder/builder-store.ts';
import { parseFragment, toFragment } from '../builder/fragment.ts';
import { DRAG_MIME, Palette } from '../builder/palette.tsx';
import { RunPanel } from '../builder/run-panel.tsx';
import { isFinished } from '../builder/run-view.ts';
import { markToolLinks } from '../builder/tool-links.ts';

const nodeTypes = { block: BlockNode };

/** The editor: palette, canvas, run panel; save, undo/redo, run with live status. */
export function BuilderPage({ graphId }: { graphId: string | undefined }) {
  const [blocks, setBlocks] = useState<BlockManifest[]>();
  const [loadError, setLoadError] = useState<string>();
  const load = useBuilder((s) => s.load);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [{ blocks: catalog }, detail] = await Promise.all([api.blocks(), graphId ? api.getGraph(graphId) : Promise.resolve(undefined)]);
        if (cancelled) return;
        load(detail, catalog);
        setBlocks(catalog);
      } catch (error) {
        setLoadError(error instanceof ApiError ? error.message : String(error));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [graphId, load]);

  if (loadError) return <p className="error page-message">{loadError}</p>;
  if (!blocks) return <p className="page-message">Loading…</p>;
  return (
    <ReactFlowProvider>
      <Editor blocks={blocks} />
    </ReactFlowProvider>
  );
}

function Editor({ blocks }: { blocks: BlockManifest[] }) {
  const state = useBuilder();
  const edges = useMemo(() => markToolLinks(state.edges, state.nodes, state.blocks), [state.edges, state.nodes, state.blocks]);
  const flow = useReactFlow();
  const socketRef = useRef<RunSocket | undefined>(undefined);
  const [issues, setIssues] = useState<GraphIssue[]>([]);
  const [help, setHelp] = useState(false);
  const measured = useNodesInitialized();
  // An empty new graph keeps zoom 1, so the first block dropped in does not fill the screen.
  const fitOnOpen = useRef(useBuilder.getState().nodes.length > 0).current;

  useEffect(() => {
    // Graphs saved without positions are laid out once their nodes have real sizes.
    if (measured && useBuilder.getState().needsLayout) {
      useBuilder.getState().autoLayout(false);
      requestAnimationFrame(() => void flow.fitView({ padding: 0.2 }));
    }
  }, [measured, flow]);

  useEffect(() => {
    const socket = new RunSocket((message) => {
      useBuilder.getState().onSocket(message);
      const run = useBuilder.getState().run;
      // Events carry node outputs; the run's collected outputs come with the final state.
      if (message.type === 'events' && run && isFinished(run.status) && message.events.some((e) => e.type === 'graph_run.status')) {
        void api.getRun(run.runId).then(({ run: record, nodeRuns }) => useBuilder.getState().onSocket({ type: 'snapshot', run: record, nodeRuns }));
      }
    });
    socketRef.current = socket;
    return () => socket.close();
  }, []);

  useEffect(() => {
    const guard = (e: BeforeUnloadEvent) => {
      if (useBuilder.getState().dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const save = useCallback(async (): Promise<string | undefined> => {
    const s = useBuilder.getState();
    try {
      const detail = s.graphId ? await api.saveGraph(s.graphId, s.graphFile()) : await api.createGraph(s.graphFile());
      s.saved(detail);
      setIssues([]);
      if (!s.graphId) history.replaceState(null, '', `#/graphs/${detail.id}`);
      return detail.id;
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) {
        setIssues(error.details as GraphIssue[]);
        s.setIssues(error.details as GraphIssue[]);
      }
      s.setNotice(error instanceof ApiError ? error.message : String(error));
      return undefined;
    }
  }, []);

  const run = useCallback(
    async (inputs: Record<string, unknown>) => {
      const s = useBuilder.getState();
      const id = s.dirty || !s.graphId ? await save() : s.graphId;
      if (!id) return;
      const { runId } = await api.startRun(id, inputs);
      useBuilder.getState().startRun(runId);
      socketRef.current?.subscribe(runId);
    },
    [save],
  );

  useEffect(() => {
    const editing = (target: EventTarget | null) =>
      target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    const copy = (e: ClipboardEvent) => {
      const { nodes, edges } = useBuilder.getState();
      const selected = nodes.filter((n) => n.selected);
      if (editing(e.target) || selected.length === 0 || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', JSON.stringify(toFragment(selected, edges)));
    };
    const paste = (e: ClipboardEvent) => {
      const fragment = editing(e.target) ? undefined : parseFragment(e.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      e.preventDefault();
      // Pasted nodes land in the middle of the current view, wherever they were copied from.
      const center = viewCenter();
      const left = Math.min(...fragment.nodes.map((n) => n.position?.x ?? 0));
      const top = Math.min(...fragment.nodes.map((n) => n.position?.y ?? 0));
      useBuilder.getState().paste(fragment, { x: center.x - 120 - left, y: center.y - 60 - top });
    };
    document.addEventListener('copy', copy);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('paste', paste);
    };
  }, []);

  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (mod && e.key.toLowerCase() === 'z' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        if (e.shiftKey) useBuilder.getState().redo();
        else useBuilder.getState().undo();
      } else if (mod && e.key.toLowerCase() === 'd' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        const { nodes, edges } = useBuilder.getState();
        const selected = nodes.filter((n) => n.selected);
        if (selected.length > 0) useBuilder.getState().paste(toFragment(selected, edges), { x: 40, y: 40 });
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        useBuilder.getState().redo();
      } else if (e.key === '?' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        setHelp((h) => !h);
      }
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [save]);

  const viewCenter = useCallback(() => {
    const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
    return bounds ? flow.screenToFlowPosition({ x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 }) : { x: 0, y: 0 };
  }, [flow]);

  const onSelectionChange = useCallback(
    ({ nodes }: { nodes: { id: string }[] }) => useBuilder.getState().select(nodes.length === 1 ? nodes[0]!.id : undefined),
    [],
  );

  const addAtCenter = (blockId: string) => {
    const center = viewCenter();
    const offset = (useBuilder.getState().nodes.length % 5) * 30;
    state.addNode(blockId, { x: center.x - 120 + offset, y: center.y - 60 + offset });
  };

  return (
    <div className="builder">
      <header className="toolbar">
        <a href="#/" className="back">
          ← Library
        </a>
        <input className="graph-name" aria-label="Agent name" value={state.name} onChange={(e) => state.setName(e.target.value)} />
        <span className="muted">{state.version ? `v${state.version}` : 'not saved'}</span>
        {state.dirty && <span className="unsaved">unsaved changes</span>}
        <button type="button" onClick={() => state.undo()} disabled={state.past.length === 0} aria-label="Undo">
          Undo
        </button>
        <button type="button" onClick={() => state.redo()} disabled={state.future.length === 0} aria-label="Redo">
          Redo
        </button>
        <button type="button" onClick={() => (state.autoLayout(true), requestAnimationFrame(() => void flow.fitView({ padding: 0.2 })))}>
          Layout
        </button>
        <button type="button" onClick={() => void flow.fitView({ padding: 0.2 })}>
          Fit
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
        {state.graphId && (
          <a className="button" href={api.exportUrl(state.graphId)} download>
            Export
          </a>
        )}
        {state.graphId && <VersionMenu graphId={state.graphId} current={state.version} />}
        <ThemeButton />
        <button type="button" onClick={() => setHelp(!help)} aria-label="Keyboard shortcuts">
          ?
        </button>
      </header>
      {state.notice && (
        <div className="notice" role="status">
          {state.notice}
          {issues.length > 0 && (
            <ul>
              {issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          )}
          <button type="button" aria-label="Dismiss" onClick={() => state.setNotice(undefined)}>
            ×
          </button>
        </div>
      )}
      {help && (
        <div className="help" role="dialog" aria-label="Keyboard shortcuts">
          <h2>Keyboard shortcuts</h2>
          <dl>
            <dt>Ctrl/⌘ S</dt>
            <dd>Save (a new version)</dd>
            <dt>Ctrl/⌘ Z</dt>
            <dd>Undo</dd>
            <dt>Ctrl/⌘ Shift Z, Ctrl Y</dt>
            <dd>Redo</dd>
            <dt>Delete / Backspace</dt>
            <dd>Delete the selected nodes and links</dd>
            <dt>Ctrl/⌘ C, V</dt>
            <dd>Copy and paste the selected nodes (also into another tab)</dd>
            <dt>Ctrl/⌘ D</dt>
            <dd>Duplicate the selected nodes</dd>
            <dt>Shift drag</dt>
            <dd>Select several nodes</dd>
            <dt>?</dt>
            <dd>Show or hide this list</dd>
          </dl>
        </div>
      )}
      <div className="builder-body">
        <Palette blocks={blocks.filter((b) => b.categories[0] !== 'test')} onAdd={addAtCenter} />
        <div
          className="canvas"
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes(DRAG_MIME)) {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
            }
          }}
          onDrop={(e) => {
            const blockId = e.dataTransfer.getData(DRAG_MIME);
            if (!blockId) return;
            e.preventDefault();
            state.addNode(blockId, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
          }}
        >
          <ReactFlow
            nodes={state.nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={state.onNodesChange}
            onEdgesChange={state.onEdgesChange}
            onConnect={(c) => void state.connect(c)}
            onNodeDragStart={() => state.checkpoint()}
            onSelectionChange={onSelectionChange}
            deleteKeyCode={['Delete', 'Backspace']}
            fitView={fitOnOpen}
            fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
            defaultViewport={{ x: 0, y: 0, zoom: 1 }}
            minZoom={0.05}
            onlyRenderVisibleElements
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls />
            <MiniMap pannable zoomable />
          </ReactFlow>
        </div>
        <RunPanel onRun={run} onOpenRun={(runId) => (useBuilder.getState().startRun(runId), socketRef.current?.subscribe(runId))} />
      </div>
    </div>
  );
}

/** The saved versions of the graph; restoring one puts it on the canvas to save as the newest. */
function VersionMenu({ graphId, current }: { graphId: string; current: number | undefined }) {
  const [versions, setVersions] = useState<{ version: number; createdAt: number; name: string }[]>();
  const restore = useBuilder((s) => s.restore);
  return (
    <details className="version-menu" onToggle={(e) => (e.currentTarget.open ? void api.versions(graphId).then((r) => setVersions(r.versions)) : undefined)}>
      <summary className="button">Versions</summary>
      <ul>
        {versions?.map((v) => (
          <li key={v.version}>
            <span>
              v{v.version} · {new Date(v.createdAt).toLocaleString()}
            </span>
            {v.version === current ? (
              <span className="muted">current</span>
            ) : (
              <button type="button" onClick={() => void api.getGraph(graphId, v.version).then(restore)}>
                Restore v{v.version}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
