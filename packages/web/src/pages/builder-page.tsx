import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { BlockManifest } from '../api/types.ts';
import { BuilderCanvas } from '../builder/builder-canvas.tsx';
import { BuilderCopilot } from '../builder/builder-copilot.tsx';
import { useBuilder } from '../builder/builder-store.ts';
import { BuilderToolbar, type PanelToggles } from '../builder/builder-toolbar.tsx';
import { canvasCenter, WHOLE_FIT } from '../builder/canvas-view.ts';
import { EditorNotice } from '../builder/editor-notice.tsx';
import { NodeSettings } from '../builder/node-settings.tsx';
import { Palette } from '../builder/palette.tsx';
import { RunPanel } from '../builder/run-panel.tsx';
import { ShortcutsDialog } from '../builder/shortcuts-dialog.tsx';
import { TriggersPanel } from '../builder/triggers-panel.tsx';
import { useEditorSession } from '../builder/use-editor-session.ts';
import { useEditorShortcuts } from '../builder/use-editor-shortcuts.ts';
import { useLoadedGraph } from '../builder/use-loaded-graph.ts';

/** The editor: palette, canvas, run panel; save, undo/redo, run with live status. */
export function BuilderPage({ graphId }: { graphId: string | undefined }) {
  const { blocks, error } = useLoadedGraph(graphId);
  if (error) return <p className="error page-message">{error}</p>;
  if (!blocks) return <p className="page-message">Loading…</p>;
  return (
    <ReactFlowProvider>
      <Editor blocks={blocks} />
    </ReactFlowProvider>
  );
}

function Editor({ blocks }: { blocks: BlockManifest[] }) {
  const graphId = useBuilder((s) => s.graphId);
  const selectedNodeId = useBuilder((s) => s.selectedNodeId);
  const flow = useReactFlow();
  const session = useEditorSession(blocks);
  const [help, setHelp] = useState(false);
  const [open, setOpen] = useState({ palette: false, triggers: false, copilot: false });
  const panels: PanelToggles = { ...open, toggle: (panel) => setOpen((o) => ({ ...o, [panel]: !o[panel] })) };
  const close = (panel: keyof typeof open) => setOpen((o) => ({ ...o, [panel]: false }));
  const fit = useCallback(() => void flow.fitView(WHOLE_FIT), [flow]);

  const pasteOffset = useCallback(
    (fragment: { nodes: { position?: { x: number; y: number } }[] }) => {
      const center = canvasCenter(flow);
      const left = Math.min(...fragment.nodes.map((n) => n.position?.x ?? 0));
      const top = Math.min(...fragment.nodes.map((n) => n.position?.y ?? 0));
      return { x: center.x - 120 - left, y: center.y - 60 - top };
    },
    [flow],
  );
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const { save } = session;
  useEditorShortcuts({ save: () => void save(), toggleHelp, pasteOffset });

  const addAtCenter = (blockId: string) => {
    const center = canvasCenter(flow);
    const offset = (useBuilder.getState().nodes.length % 5) * 30;
    useBuilder.getState().addNode(blockId, { x: center.x - 120 + offset, y: center.y - 60 + offset });
    close('palette');
  };

  return (
    <div className="builder">
      <BuilderToolbar save={() => void save()} fit={fit} toggleHelp={toggleHelp} panels={panels} />
      <EditorNotice issues={session.issues} />
      {help && <ShortcutsDialog onClose={closeHelp} />}
      <div className={`builder-body${open.palette ? ' palette-open' : ''}`}>
        <Palette blocks={blocks.filter((b) => b.categories[0] !== 'test')} onAdd={addAtCenter} />
        <BuilderCanvas />
        <aside className="side-panel" aria-label="Node settings and runs">
          {open.copilot && graphId && <BuilderCopilot graphId={graphId} onTurnEnd={() => void session.showLatest()} onClose={() => close('copilot')} />}
          {open.triggers && graphId && <TriggersPanel graphId={graphId} onClose={() => close('triggers')} />}
          {selectedNodeId && <NodeSettings nodeId={selectedNodeId} />}
          <RunPanel onRun={session.run} onOpenRun={session.openRun} />
        </aside>
      </div>
    </div>
  );
}
