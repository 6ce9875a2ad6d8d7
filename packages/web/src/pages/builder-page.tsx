import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { BlockManifest } from '../api/types.ts';
import { BuilderCanvas } from '../builder/builder-canvas.tsx';
import { BuilderCopilot } from '../builder/builder-copilot.tsx';
import { useBuilder } from '../builder/builder-store.ts';
import { BuilderToolbar, type PanelToggles } from '../builder/builder-toolbar.tsx';
import { canvasCenter, fitGraph, visibleFlowBox } from '../builder/canvas-view.ts';
import { EditorNotice } from '../builder/editor-notice.tsx';
import { VersionBanner } from '../builder/version-banner.tsx';
import { SaveConflictDialog } from '../builder/save-conflict-dialog.tsx';
import { RoleBanner } from '../builder/role-banner.tsx';
import { ReleaseNote } from '../builder/release-note.tsx';
import { useRoleLock } from '../builder/use-role-lock.ts';
import { boundsOf, boxOf, freeSpot, inside, NODE_SIZE } from '../builder/free-spot.ts';
import { NodeSettings } from '../builder/node-settings.tsx';
import { Palette } from '../builder/palette.tsx';
import { RunPanel } from '../builder/run-panel.tsx';
import { ShortcutsDialog } from '../builder/shortcuts-dialog.tsx';
import { TriggersPanel } from '../builder/triggers-panel.tsx';
import { useEditorSession } from '../builder/use-editor-session.ts';
import { useLandOnFailure } from '../builder/use-land-on-failure.ts';
import { SkipLink } from '../ui/components/skip-link.tsx';
import { useEditorShortcuts } from '../builder/use-editor-shortcuts.ts';
import { useLoadedGraph } from '../builder/use-loaded-graph.ts';
import '../builder/builder.css';

/** The editor: palette, canvas, run panel; save, undo/redo, run with live status. `runId`: the run to show on the canvas (from the runs monitor) rather than the latest. */
export function BuilderPage({ graphId, runId }: { graphId: string | undefined; runId?: string | undefined }) {
  const { blocks, error } = useLoadedGraph(graphId);
  if (error) return <p className="error page-message">{error}</p>;
  if (!blocks) return <p className="page-message">Loading…</p>;
  return (
    <ReactFlowProvider>
      <Editor blocks={blocks} runId={runId} />
    </ReactFlowProvider>
  );
}

function Editor({ blocks, runId }: { blocks: BlockManifest[]; runId: string | undefined }) {
  const graphId = useBuilder((s) => s.graphId);
  const selectedNodeId = useBuilder((s) => s.selectedNodeId);
  const name = useBuilder((s) => s.name);
  const flow = useReactFlow();
  const session = useEditorSession(blocks, runId);
  const { mayBuild, mayRun } = useRoleLock();
  useLandOnFailure(flow);
  const [help, setHelp] = useState(false);
  const [open, setOpen] = useState({ palette: false, triggers: false, copilot: false });
  const panels: PanelToggles = { ...open, toggle: (panel) => setOpen((o) => ({ ...o, [panel]: !o[panel] })) };
  const close = (panel: keyof typeof open) => setOpen((o) => ({ ...o, [panel]: false }));
  const fit = useCallback(() => fitGraph(flow), [flow]);

  /**
   * Where new nodes of this size go: near `near` (default the middle of the view), at the nearest place
   * there that covers no node. When the view has no such place, the view moves to where they went.
   */
  const place = useCallback(
    (size: { width: number; height: number }, near?: { x: number; y: number }) => {
      const center = canvasCenter(flow);
      const view = visibleFlowBox(flow);
      const spot = freeSpot(useBuilder.getState().nodes.map(boxOf), near ?? { x: center.x - size.width / 2, y: center.y - size.height / 2 }, size, view);
      if (view && !inside({ ...spot, ...size }, view)) void flow.setCenter(spot.x + size.width / 2, spot.y + size.height / 2, { zoom: flow.getZoom() });
      return spot;
    },
    [flow],
  );
  /** Pasted nodes go to the middle of the view, duplicates (`beside`) next to their originals. */
  const pasteOffset = useCallback(
    (fragment: { nodes: { id: string; position?: { x: number; y: number } }[] }, beside = false) => {
      // Nodes copied from this canvas have their drawn size; others, a typical one.
      const drawn = new Map(useBuilder.getState().nodes.map((n) => [n.id, boxOf(n)]));
      const bounds = boundsOf(
        fragment.nodes.map((n) => ({
          ...boxOf({ position: n.position ?? { x: 0, y: 0 } }),
          ...(drawn.get(n.id) && { width: drawn.get(n.id)!.width, height: drawn.get(n.id)!.height }),
        })),
      );
      const spot = place({ width: bounds.width, height: bounds.height }, beside ? { x: bounds.x + bounds.width, y: bounds.y } : undefined);
      return { x: spot.x - bounds.x, y: spot.y - bounds.y };
    },
    [place],
  );
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const { save } = session;
  useEditorShortcuts({ save: () => void save(), toggleHelp, pasteOffset });

  const addAtCenter = (blockId: string) => {
    useBuilder.getState().addNode(blockId, place(NODE_SIZE));
    close('palette');
  };

  return (
    <main className="builder">
      <h1 className="visually-hidden">{name ? `Agent: ${name}` : 'New agent'}</h1>
      <SkipLink to="builder-canvas">Skip to the canvas</SkipLink>
      <SkipLink to="run-panel">Skip to the Run panel</SkipLink>
      <BuilderToolbar save={() => void save()} fit={fit} toggleHelp={toggleHelp} panels={panels} mayBuild={mayBuild} />
      <EditorNotice issues={session.issues} />
      <VersionBanner onBack={session.backToLatest} />
      <RoleBanner />
      {graphId && <ReleaseNote graphId={graphId} />}
      <SaveConflictDialog onSave={session.save} onTakeLatest={session.backToLatest} />
      {help && <ShortcutsDialog onClose={closeHelp} />}
      <div className={`builder-body${open.palette ? ' palette-open' : ''}`}>
        <Palette blocks={blocks.filter((b) => b.categories[0] !== 'test')} onAdd={addAtCenter} />
        <BuilderCanvas />
        <section className="side-panel" aria-label="Selected node and runs">
          {open.copilot && graphId && <BuilderCopilot graphId={graphId} onTurnEnd={() => void session.showLatest()} onClose={() => close('copilot')} />}
          {open.triggers && graphId && <TriggersPanel graphId={graphId} onClose={() => close('triggers')} />}
          {selectedNodeId && <NodeSettings nodeId={selectedNodeId} onRunAlone={session.runNode} />}
          <RunPanel onRun={session.run} onRerunFrom={session.rerunFrom} onOpenRun={session.openRun} mayRun={mayRun} />
        </section>
      </div>
    </main>
  );
}
