import { useShallow } from 'zustand/react/shallow';
import { api } from '../api/client.ts';
import { McpToggle } from '../ui/mcp-toggle.tsx';
import { useBuilder } from './builder-store.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { VersionMenu } from './version-menu.tsx';

/** Which of the builder's side panels are open; the toolbar's buttons toggle them. */
export interface PanelToggles {
  palette: boolean;
  triggers: boolean;
  copilot: boolean;
  toggle(panel: 'palette' | 'triggers' | 'copilot'): void;
}

/** The builder's top bar: name, version and dirty state, save, undo/redo, layout, export, versions, panels. */
export function BuilderToolbar({ save, fit, toggleHelp, panels }: { save(): void; fit(): void; toggleHelp(): void; panels: PanelToggles }) {
  const { name, version, dirty, graphId, canUndo, canRedo } = useBuilder(
    useShallow((s) => ({ name: s.name, version: s.version, dirty: s.dirty, graphId: s.graphId, canUndo: s.past.length > 0, canRedo: s.future.length > 0 })),
  );
  const builder = useBuilder.getState;
  const autoLayout = useAutoLayout();
  return (
    <header className="toolbar">
      <input className="graph-name" aria-label="Agent name" value={name} onChange={(e) => builder().setName(e.target.value)} />
      <span className="muted">{version ? `v${version}` : 'not saved'}</span>
      {dirty && <span className="unsaved">unsaved changes</span>}
      <button type="button" className="primary" onClick={save}>
        Save
      </button>
      <button type="button" className="narrow-only" aria-expanded={panels.palette} onClick={() => panels.toggle('palette')}>
        Blocks
      </button>
      <button type="button" onClick={() => builder().undo()} disabled={!canUndo} aria-label="Undo">
        Undo
      </button>
      <button type="button" onClick={() => builder().redo()} disabled={!canRedo} aria-label="Redo">
        Redo
      </button>
      <button type="button" onClick={() => void autoLayout(true)}>
        Layout
      </button>
      <button type="button" onClick={fit}>
        Fit
      </button>
      {graphId && (
        <a className="button" href={api.exportUrl(graphId)} download>
          Export
        </a>
      )}
      {graphId && <VersionMenu graphId={graphId} current={version} />}
      {graphId && <McpToggle key={graphId} graphId={graphId} />}
      <button
        type="button"
        aria-expanded={panels.triggers}
        disabled={!graphId}
        title={graphId ? 'Schedules and webhooks' : 'Save the agent first'}
        onClick={() => panels.toggle('triggers')}
      >
        Triggers
      </button>
      <button
        type="button"
        aria-expanded={panels.copilot}
        disabled={!graphId}
        title={graphId ? 'Ask the copilot to change or explain this agent' : 'Save the agent first'}
        onClick={() => panels.toggle('copilot')}
      >
        Copilot
      </button>
      <button type="button" onClick={toggleHelp} aria-label="Keyboard shortcuts">
        ?
      </button>
    </header>
  );
}
