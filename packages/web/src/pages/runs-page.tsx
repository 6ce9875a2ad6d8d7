import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { GraphRunRecord, GraphRunStatus, LibraryGraph, RunQuery, RunTriggerKind } from '../api/types.ts';
import { useLiveRuns } from '../runs/use-live-runs.ts';
import { durationLabel } from '../ui/duration-label.ts';
import { FormError } from '../ui/form-error.tsx';
import { runLabel } from '../ui/run-label.ts';
import { ThemeButton } from '../ui/theme-button.tsx';
import { TRIGGER_KINDS, triggerLabel } from '../ui/trigger-label.ts';
import { usageLabel } from '../ui/usage-label.ts';

const STATUSES: GraphRunStatus[] = ['QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED'];
const UNFINISHED = new Set<GraphRunStatus>(['QUEUED', 'RUNNING', 'REVIEW']);
/** Time ranges the monitor offers, by how far back they reach. */
const RANGES = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;
type Range = keyof typeof RANGES | 'all';

/** The runs monitor: every run across agents, filtered, live, each with its error and what can be done with it. */
export function RunsPage() {
  const [graphs, setGraphs] = useState<LibraryGraph[]>([]);
  const [graphId, setGraphId] = useState('');
  const [status, setStatus] = useState<GraphRunStatus | ''>('');
  const [trigger, setTrigger] = useState<RunTriggerKind | ''>('');
  // The start of the range is fixed when it is chosen, so the query (and its subscription) stays the same meanwhile.
  const [range, setRange] = useState<{ name: Range; since?: number }>({ name: 'all' });
  const [error, setError] = useState<string>();
  useEffect(
    () =>
      void api.listGraphs().then(
        (answer) => setGraphs(answer.graphs),
        (e: unknown) => setError(errorMessage(e)),
      ),
    [],
  );

  const query: RunQuery = {
    limit: 100,
    ...(graphId ? { graphId } : {}),
    ...(status ? { status } : {}),
    ...(trigger ? { trigger } : {}),
    ...(range.since !== undefined ? { since: range.since } : {}),
  };
  const list = useLiveRuns(query);
  const act = (work: () => Promise<unknown>) =>
    void work().then(
      () => setError(undefined),
      (e: unknown) => setError(errorMessage(e)),
    );

  return (
    <main className="runs-page">
      <header className="toolbar">
        <a className="button back" href="#/">
          ← Agents
        </a>
        <h1>Runs</h1>
        <ThemeButton />
      </header>
      <form className="runs-filters" aria-label="Filter runs" onSubmit={(e) => e.preventDefault()}>
        <label>
          Agent
          <select value={graphId} onChange={(e) => setGraphId(e.target.value)}>
            <option value="">all agents</option>
            {graphs.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as GraphRunStatus | '')}>
            <option value="">any status ({list ? Object.values(list.counts).reduce((sum, n) => sum + n, 0) : '…'})</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()} ({list?.counts[s] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          Started by
          <select value={trigger} onChange={(e) => setTrigger(e.target.value as RunTriggerKind | '')}>
            <option value="">anything</option>
            {Object.entries(TRIGGER_KINDS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Time
          <select
            value={range.name}
            onChange={(e) => {
              const name = e.target.value as Range;
              setRange(name === 'all' ? { name } : { name, since: Date.now() - RANGES[name] });
            }}
          >
            <option value="all">any time</option>
            <option value="hour">last hour</option>
            <option value="day">last 24 hours</option>
            <option value="week">last 7 days</option>
          </select>
        </label>
      </form>
      <FormError message={error} />
      {!list ? (
        <p className="page-message">Loading…</p>
      ) : list.runs.length === 0 ? (
        <p className="muted page-message">No runs match. Run an agent from its page, or give it a schedule or a webhook.</p>
      ) : (
        <table className="runs-table">
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Status</th>
              <th scope="col">Started by</th>
              <th scope="col">Started</th>
              <th scope="col">Duration</th>
              <th scope="col">Model use</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.runs.map((run) => (
              <RunRow key={run.id} run={run} act={act} />
            ))}
          </tbody>
        </table>
      )}
      {list && list.total > list.runs.length && (
        <p className="muted small">
          Showing the latest {list.runs.length} of {list.total}; narrow the filters to see older ones.
        </p>
      )}
    </main>
  );
}

function RunRow({ run, act }: { run: GraphRunRecord; act(work: () => Promise<unknown>): void }) {
  const label = `${run.graphName} ${runLabel(run.id)}`;
  return (
    <tr data-testid={`run-row-${run.id}`} className={`status-${run.status.toLowerCase()}`}>
      <td>
        {run.graphName} <code className="muted small">{runLabel(run.id)}</code>
      </td>
      <td>
        <span className={`dot status-${run.status.toLowerCase()}`} /> {run.status.toLowerCase()}
        {run.error && <div className="error small run-row-error">{run.error}</div>}
      </td>
      <td className="small">{triggerLabel(run.trigger)}</td>
      <td className="small">
        <time dateTime={new Date(run.createdAt).toISOString()}>{new Date(run.createdAt).toLocaleString()}</time>
      </td>
      <td className="small">{run.startedAt && run.endedAt ? durationLabel(run.endedAt - run.startedAt) : UNFINISHED.has(run.status) ? '…' : ''}</td>
      <td className="small">{run.usage ? usageLabel(run.usage) : ''}</td>
      <td className="run-row-actions">
        {run.graphId && (
          <a className="button small" href={`#/graphs/${run.graphId}/runs/${run.id}`} aria-label={`Open ${label} on the canvas`}>
            Open
          </a>
        )}
        {UNFINISHED.has(run.status) ? (
          <button type="button" className="small" aria-label={`Stop ${label}`} onClick={() => act(() => api.stopRun(run.id))}>
            Stop
          </button>
        ) : (
          <button type="button" className="small" aria-label={`Re-run ${label}`} onClick={() => act(() => api.rerun(run.id))}>
            Re-run
          </button>
        )}
      </td>
    </tr>
  );
}
