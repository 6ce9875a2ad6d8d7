import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client.ts';
import { RunSocket } from '../api/run-socket.ts';
import type { BlockManifest, GraphIssue } from '../api/types.ts';
import { BlockNode } from '../builder/block-node.tsx';
import { BuilderCopilot } from '../builder/builder-copilot.tsx';
import { useBuilder } from '../builder/builder-store.ts';
import { NodeSettings } from '../builder/node-settings.tsx';
import { openingView } from '../builder/opening-view.ts';
import { DRAG_MIME, Palette } from '../builder/palette.tsx';
import { RunPanel } from '../builder/run-panel.tsx';
import { isFinished } from '../builder/run-view.ts';
import { ShortcutsDialog } from '../builder/shortcuts-dialog.tsx';
import { markToolLinks } from '../builder/tool-links.ts';
import { TriggersPanel } from '../builder/triggers-panel.tsx';
import { useEditorShortcuts } from '../builder/use-editor-shortcuts.ts';
import { VersionMenu } from '../builder/version-menu.tsx';
import { setLeaveGuard } from '../ui/leave-guard.ts';
import { useTheme } from '../ui/theme.ts';
import { ThemeButton } from '../ui/theme-button.tsx';
import { ReviewsLink } from '../reviews/reviews-link.tsx';
import { McpToggle } from '../ui/mcp-toggle.tsx';

const nodeTypes = { block: BlockNode };
/** The Fit button shows the whole graph, however small that makes it (opening a graph keeps it readable: openingView). */
const WHOLE_FIT = { padding: 0.2, maxZoom: 1 };

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
        setLoadError(errorMessage(error));
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

/**
 * After the copilot answered: a newer version it saved replaces what the
 * builder shows — unless there are unsaved changes, which are never lost;
 * then a notice says so.
 */
async function showLatest(graphId: string, blocks: BlockManifest[]): Promise<void> {
  const builder = useBuilder.getState();
  const latest = await api.getGraph(graphId).catch(() => undefined);
  if (!latest || latest.version === builder.version) return;
  if (builder.dirty) builder.setNotice(`The copilot saved version ${latest.version}; save or undo your changes, then open it from Versions.`);
  else builder.load(latest, blocks);
}

function Editor({ blocks }: { blocks: BlockManifest[] }) {
  const state = useBuilder();
  const edges = useMemo(() => markToolLinks(state.edges, state.nodes, state.blocks), [state.edges, state.nodes, state.blocks]);
  const flow = useReactFlow();
  const theme = useTheme();
  const socketRef = useRef<RunSocket | undefined>(undefined);
  const [issues, setIssues] = useState<GraphIssue[]>([]);
  const [help, setHelp] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [triggersOpen, setTriggersOpen] = useState(false);
  const [copilotOpen, setCopilotOpen] = useState(false);
  const measured = useNodesInitialized();
  const fit = useCallback(() => void flow.fitView(WHOLE_FIT), [flow]);
  // An empty new graph keeps zoom 1 and its view, so the first block dropped in does not fill the screen.
  const opened = useRef(useBuilder.getState().nodes.length === 0);

  useEffect(() => {
    // Once nodes have real sizes: lay out a graph saved without positions, then open the view on it.
    if (!measured || opened.current) return;
    opened.current = true;
    if (useBuilder.getState().needsLayout) useBuilder.getState().autoLayout(false);
    requestAnimationFrame(() => {
      const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
      if (canvas) void flow.setViewport(openingView(flow.getNodesBounds(useBuilder.getState().nodes.map((n) => n.id)), canvas));
    });
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
    setLeaveGuard(() => (useBuilder.getState().dirty ? 'This agent has unsaved changes. Leave and lose them?' : undefined));
    return () => setLeaveGuard(undefined);
  }, []);

  const save = useCallback(async (): Promise<string | undefined> => {
    const s = useBuilder.getState();
    try {
      const detail = s.graphId ? await api.saveGraph(s.graphId, s.graphFile()) : await api.createGraph(s.graphFile());
      s.saved(detail);
      setIssues(detail.issues ?? []);
      if (!s.graphId) history.replaceState(null, '', `#/graphs/${detail.id}`);
      return detail.id;
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) {
        setIssues(error.details as GraphIssue[]);
        s.setIssues(error.details as GraphIssue[]);
      }
      s.setNotice(errorMessage(error));
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

  const viewCenter = useCallback(() => {
    const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
    return bounds ? flow.screenToFlowPosition({ x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 }) : { x: 0, y: 0 };
  }, [flow]);

  const pasteOffset = useCallback(
    (fragment: { nodes: { position?: { x: number; y: number } }[] }) => {
      const center = viewCenter();
      const left = Math.min(...fragment.nodes.map((n) => n.position?.x ?? 0));
      const top = Math.min(...fragment.nodes.map((n) => n.position?.y ?? 0));
      return { x: center.x - 120 - left, y: center.y - 60 - top };
    },
    [viewCenter],
  );
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  useEditorShortcuts({ save: () => void save(), toggleHelp, pasteOffset });

  const onSelectionChange = useCallback(
    ({ nodes }: { nodes: { id: string }[] }) => useBuilder.getState().select(nodes.length === 1 ? nodes[0]!.id : undefined),
    [],
  );
  const onBeforeDelete = useCallback(async () => {
    useBuilder.getState().beforeDelete();
    return true;
  }, []);

  const addAtCenter = (blockId: string) => {
    const center = viewCenter();
    const offset = (useBuilder.getState().nodes.length % 5) * 30;
    state.addNode(blockId, { x: center.x - 120 + offset, y: center.y - 60 + offset });
    setPaletteOpen(false);
  };

  return (
    <div className="builder">
      <header className="toolbar">
        <a href="#/" className="back" aria-label="Library">
          ←<span className="wide-only"> Library</span>
        </a>
        <input className="graph-name" aria-label="Agent name" value={state.name} onChange={(e) => state.setName(e.target.value)} />
        <span className="muted">{state.version ? `v${state.version}` : 'not saved'}</span>
        {state.dirty && <span className="unsaved">unsaved changes</span>}
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="narrow-only" aria-expanded={paletteOpen} onClick={() => setPaletteOpen(!paletteOpen)}>
          Blocks
        </button>
        <button type="button" onClick={() => state.undo()} disabled={state.past.length === 0} aria-label="Undo">
          Undo
        </button>
        <button type="button" onClick={() => state.redo()} disabled={state.future.length === 0} aria-label="Redo">
          Redo
        </button>
        <button type="button" onClick={() => (state.autoLayout(true), requestAnimationFrame(fit))}>
          Layout
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
        {state.graphId && (
          <a className="button" href={api.exportUrl(state.graphId)} download>
            Export
          </a>
        )}
        {state.graphId && <VersionMenu graphId={state.graphId} current={state.version} />}
        {state.graphId && <McpToggle key={state.graphId} graphId={state.graphId} />}
        <button
          type="button"
          aria-expanded={triggersOpen}
          disabled={!state.graphId}
          title={state.graphId ? 'Schedules and webhooks' : 'Save the agent first'}
          onClick={() => setTriggersOpen(!triggersOpen)}
        >
          Triggers
        </button>
        <button
          type="button"
          aria-expanded={copilotOpen}
          disabled={!state.graphId}
          title={state.graphId ? 'Ask the copilot to change or explain this agent' : 'Save the agent first'}
          onClick={() => setCopilotOpen(!copilotOpen)}
        >
          Copilot
        </button>
        <ReviewsLink />
        <ThemeButton />
        <button type="button" onClick={toggleHelp} aria-label="Keyboard shortcuts">
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
      {help && <ShortcutsDialog onClose={closeHelp} />}
      <div className={`builder-body${paletteOpen ? ' palette-open' : ''}`}>
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
            colorMode={theme}
            onNodesChange={state.onNodesChange}
            onEdgesChange={state.onEdgesChange}
            onBeforeDelete={onBeforeDelete}
            onConnect={(c) => void state.connect(c)}
            onNodeDragStart={() => state.checkpoint()}
            onSelectionChange={onSelectionChange}
            deleteKeyCode={['Delete', 'Backspace']}
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
        <aside className="side-panel" aria-label="Node settings and runs">
          {copilotOpen && state.graphId && (
            <BuilderCopilot graphId={state.graphId} onTurnEnd={() => void showLatest(state.graphId!, blocks)} onClose={() => setCopilotOpen(false)} />
          )}
          {triggersOpen && state.graphId && <TriggersPanel graphId={state.graphId} onClose={() => setTriggersOpen(false)} />}
          {state.selectedNodeId && <NodeSettings nodeId={state.selectedNodeId} />}
          <RunPanel onRun={run} onOpenRun={(runId) => (useBuilder.getState().startRun(runId), socketRef.current?.subscribe(runId))} />
        </aside>
      </div>
    </div>
  );
}
