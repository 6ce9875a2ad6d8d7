import { Link } from '@tanstack/react-router';
import { CalendarClock, Download, Keyboard, Maximize, MessageSquare, Network, Redo2, Rocket, Save, Undo2 } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { Button, IconButton } from '../ui/components/button.tsx';
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
export function BuilderToolbar({
  save,
  fit,
  toggleHelp,
  panels,
  mayBuild = true,
}: {
  save(): void;
  fit(): void;
  toggleHelp(): void;
  panels: PanelToggles;
  /** Whether the person's role lets them change the agent: Save, its triggers and the copilot are theirs only then. */
  mayBuild?: boolean;
}) {
  const { name, version, dirty, graphId, canUndo, canRedo } = useBuilder(
    useShallow((s) => ({ name: s.name, version: s.version, dirty: s.dirty, graphId: s.graphId, canUndo: s.past.length > 0, canRedo: s.future.length > 0 })),
  );
  const builder = useBuilder.getState;
  const autoLayout = useAutoLayout();
  return (
    <header className="toolbar builder-toolbar">
      <input className="graph-name" aria-label="Agent name" value={name} onChange={(e) => builder().setName(e.target.value)} />
      <span className="muted">{version ? `v${version}` : 'not saved'}</span>
      {dirty && <span className="unsaved">unsaved changes</span>}
      <Button variant="primary" onClick={save} disabled={!mayBuild}>
        <Save size={16} aria-hidden />
        Save
      </Button>
      <Button className="narrow-only" aria-expanded={panels.palette} onClick={() => panels.toggle('palette')}>
        Blocks
      </Button>
      <IconButton label="Undo" icon={<Undo2 size={16} />} variant="secondary" onClick={() => builder().undo()} disabled={!canUndo} />
      <IconButton label="Redo" icon={<Redo2 size={16} />} variant="secondary" onClick={() => builder().redo()} disabled={!canRedo} />
      <ToolButton label="Layout" icon={<Network size={16} />} onClick={() => void autoLayout(true)} />
      <ToolButton label="Fit" icon={<Maximize size={16} />} onClick={fit} />
      {graphId && (
        <Button asChild aria-label="Export">
          <a href={api.exportUrl(graphId)} download>
            <Download size={16} aria-hidden />
            <span className="tool-label">Export</span>
          </a>
        </Button>
      )}
      {graphId && <VersionMenu graphId={graphId} current={version} />}
      {graphId && <McpToggle key={graphId} graphId={graphId} />}
      {graphId && (
        <Button asChild aria-label="Ship" title="Evaluations, releases and budget">
          <Link to="/graphs/$graphId/ship" params={{ graphId }}>
            <Rocket size={16} aria-hidden />
            <span className="tool-label">Ship</span>
          </Link>
        </Button>
      )}
      <ToolButton
        label="Triggers"
        icon={<CalendarClock size={16} />}
        aria-expanded={panels.triggers}
        disabled={!graphId || !mayBuild}
        title={graphId ? 'Schedules and webhooks' : 'Save the agent first'}
        onClick={() => panels.toggle('triggers')}
      />
      <ToolButton
        label="Copilot"
        icon={<MessageSquare size={16} />}
        aria-expanded={panels.copilot}
        disabled={!graphId || !mayBuild}
        title={graphId ? 'Ask the copilot to change or explain this agent' : 'Save the agent first'}
        onClick={() => panels.toggle('copilot')}
      />
      <IconButton label="Keyboard shortcuts" icon={<Keyboard size={16} />} variant="secondary" className="wide-only" onClick={toggleHelp} />
    </header>
  );
}

/** A toolbar button with an icon and a label; on a phone only the icon shows, the label still names it. */
function ToolButton({ label, icon, ...props }: { label: string; icon: React.ReactNode } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <Button aria-label={label} {...props}>
      {icon}
      <span className="tool-label">{label}</span>
    </Button>
  );
}
