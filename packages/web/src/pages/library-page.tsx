import { useEffect, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client.ts';
import { ThemeButton } from '../ui/theme-button.tsx';
import type { LibraryGraph, ShownSchedule } from '../api/types.ts';
import { FormError } from '../ui/form-error.tsx';
import { ReviewsLink } from '../reviews/reviews-link.tsx';
import { McpToggle } from '../ui/mcp-toggle.tsx';
import { FailedFireNote } from '../ui/failed-fire-note.tsx';

/** The user's agents: open, create, import, export, delete, search. */
export function LibraryPage({ onLogout }: { onLogout(): void }) {
  const [graphs, setGraphs] = useState<LibraryGraph[]>();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string>();
  const [schedules, setSchedules] = useState<ShownSchedule[]>([]);
  const schedulesOf = (graphId: string) => schedules.filter((s) => s.schedule.graphId === graphId);

  const refresh = async (query = search) => {
    try {
      setGraphs((await api.listGraphs(query)).graphs);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  useEffect(() => {
    void refresh('');
    void api.allSchedules().then((r) => setSchedules(r.schedules));
  }, []);

  const importFile = async (file: File) => {
    setError(undefined);
    try {
      const graph = JSON.parse(await file.text());
      const created = await api.createGraph(graph);
      location.hash = `#/graphs/${created.id}`;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : `${file.name} is not a graph file: ${(e as Error).message}`);
    }
  };

  return (
    <main className="library">
      <header className="toolbar">
        <h1>Agents</h1>
        <input
          type="search"
          aria-label="Search agents"
          placeholder="Search…"
          value={search}
          onChange={(e) => (setSearch(e.target.value), void refresh(e.target.value))}
        />
        <a className="button primary" href="#/graphs/new">
          New agent
        </a>
        <label className="button">
          Import
          <input type="file" accept="application/json,.json" hidden onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </label>
        <a className="button" href="#/runs">
          Runs
        </a>
        <a className="button" href="#/copilot">
          Copilot
        </a>
        <a className="button" href="#/workspace">
          Workspace
        </a>
        <ReviewsLink />
        <ThemeButton />
        <a className="button" href="#/settings">
          Settings
        </a>
        <button type="button" onClick={onLogout}>
          Sign out
        </button>
      </header>
      <FormError message={error} />
      {!graphs ? (
        <p>Loading…</p>
      ) : graphs.length === 0 ? (
        <p className="muted">No agents yet: create one, or import a graph file.</p>
      ) : (
        <ul className="graph-list">
          {graphs.map((graph) => (
            <li key={graph.id}>
              <a href={`#/graphs/${graph.id}`} className="graph-card">
                <strong>{graph.name}</strong>
                <span className="muted">{graph.description}</span>
                <span className="muted small">
                  v{graph.latestVersion} · updated {new Date(graph.updatedAt).toLocaleString()}
                </span>
                <span className="small" data-testid="last-run">
                  {graph.lastRun ? (
                    <>
                      <span className={`dot status-${graph.lastRun.status.toLowerCase()}`} /> last run {graph.lastRun.status.toLowerCase()},{' '}
                      {new Date(graph.lastRun.createdAt).toLocaleString()}
                    </>
                  ) : (
                    <span className="muted">never run</span>
                  )}
                </span>
                <ScheduleLine schedules={schedulesOf(graph.id)} />
              </a>
              <div className="graph-actions">
                <McpToggle graphId={graph.id} initial={graph.mcp} />
                <a href={api.exportUrl(graph.id)} download>
                  Export
                </a>
                <button
                  type="button"
                  onClick={async () => {
                    const name = prompt('New name', graph.name)?.trim();
                    if (!name || name === graph.name) return;
                    const detail = await api.getGraph(graph.id);
                    await api.saveGraph(graph.id, { ...detail.graph, name });
                    void refresh();
                  }}
                >
                  Rename
                </button>
                <button
                  type="button"
                  onClick={async () => {
                    const detail = await api.getGraph(graph.id);
                    await api.createGraph({ ...detail.graph, name: `${detail.graph.name} (copy)` });
                    void refresh();
                  }}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={async () => {
                    if (!confirm(`Delete “${graph.name}” and all its versions?`)) return;
                    await api.deleteGraph(graph.id);
                    void refresh();
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

/** An agent's schedules on its card: how many, when the next one fires, and a latest fire that failed. */
function ScheduleLine({ schedules }: { schedules: ShownSchedule[] }) {
  if (schedules.length === 0) return null;
  const next = schedules.flatMap((s) => s.nextRuns.slice(0, 1)).sort()[0];
  const failed = schedules.find((s) => s.lastFire?.outcome === 'failed');
  return (
    <>
      <span className="small" data-testid="next-scheduled-run">
        {schedules.length === 1 ? '1 schedule' : `${schedules.length} schedules`}
        {next ? ` · next run ${new Date(next).toLocaleString()}` : ' · paused'}
      </span>
      {failed && <FailedFireNote lastFire={failed.lastFire} />}
    </>
  );
}
