import { Link } from '@tanstack/react-router';
import { RotateCcw, SquarePen, Square } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../api/queries.ts';
import { api, errorMessage } from '../api/client.ts';
import type { GraphRunRecord, GraphRunStatus, RunQuery, RunTriggerKind } from '../api/types.ts';
import { useLiveRuns } from '../runs/use-live-runs.ts';
import { durationLabel } from '../ui/duration-label.ts';
import { When } from '../library/agent-card.tsx';
import { Badge } from '../ui/components/badge.tsx';
import { Button } from '../ui/components/button.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { statusTone } from '../ui/status-tone.ts';
import './runs.css';
import { runLabel } from '../ui/run-label.ts';
import { TRIGGER_KINDS, triggerLabel } from '../ui/trigger-label.ts';
import { usageLabel } from '../ui/usage-label.ts';

const STATUSES: GraphRunStatus[] = ['QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED'];
const UNFINISHED = new Set<GraphRunStatus>(['QUEUED', 'RUNNING', 'REVIEW']);
/** Time ranges the monitor offers, by how far back they reach. */
const RANGES = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;
type Range = keyof typeof RANGES | 'all';

/** The runs monitor: every run across agents, filtered, live, each with its error and what can be done with it. */
export function RunsPage() {
  const graphs = useQuery(queries.graphs()).data?.graphs ?? [];
  const [graphId, setGraphId] = useState('');
  const [status, setStatus] = useState<GraphRunStatus | ''>('');
  const [trigger, setTrigger] = useState<RunTriggerKind | ''>('');
  // The start of the range is fixed when it is chosen, so the query (and its subscription) stays the same meanwhile.
  const [range, setRange] = useState<{ name: Range; since?: number }>({ name: 'all' });
  const query: RunQuery = {
    limit: 100,
    ...(graphId ? { graphId } : {}),
    ...(status ? { status } : {}),
    ...(trigger ? { trigger } : {}),
    ...(range.since !== undefined ? { since: range.since } : {}),
  };
  const list = useLiveRuns(query);
  const act = (work: () => Promise<unknown>, done: string) =>
    void work().then(
      () => notify.done(done),
      (e: unknown) => notify.failed(errorMessage(e)),
    );

  return (
    <main className="runs-page">
      <header className="page-header">
        <h1>Runs</h1>
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
      {!list ? (
        <p className="page-message">Loading…</p>
      ) : list.runs.length === 0 ? (
        <p className="muted page-message">No runs match. Run an agent from its page, or give it a schedule or a webhook.</p>
      ) : (
        <table className="runs-table" aria-label="Runs">
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
        <p className="muted small runs-more">
          Showing the latest {list.runs.length} of {list.total}; narrow the filters to see older ones.
        </p>
      )}
    </main>
  );
}

/** One run: on a phone its cells stack, each under its column's name (data-label). */
function RunRow({ run, act }: { run: GraphRunRecord; act(work: () => Promise<unknown>, done: string): void }) {
  const label = `${run.graphName} ${runLabel(run.id)}`;
  return (
    <tr data-testid={`run-row-${run.id}`} className={`status-${run.status.toLowerCase()}`}>
      <td data-label="Agent">
        {run.graphName} <code className="muted small">{runLabel(run.id)}</code>
      </td>
      <td data-label="Status">
        <Badge tone={statusTone(run.status)}>{run.status.toLowerCase()}</Badge>
        {run.error && <div className="error small run-row-error">{run.error}</div>}
      </td>
      <td data-label="Started by" className="small">
        {triggerLabel(run.trigger)}
      </td>
      <td data-label="Started" className="small">
        <When at={run.createdAt} />
      </td>
      <td data-label="Duration" className="small">
        {run.startedAt && run.endedAt ? durationLabel(run.endedAt - run.startedAt) : UNFINISHED.has(run.status) ? '…' : ''}
      </td>
      <td data-label="Model use" className="small">
        {run.usage ? usageLabel(run.usage) : ''}
      </td>
      <td className="run-row-actions">
        {run.graphId && (
          <Button asChild size="sm">
            <Link to="/graphs/$graphId/runs/$runId" params={{ graphId: run.graphId, runId: run.id }} aria-label={`Open ${label} on the canvas`}>
              <SquarePen size={14} aria-hidden />
              Open
            </Link>
          </Button>
        )}
        {UNFINISHED.has(run.status) ? (
          <Button size="sm" aria-label={`Stop ${label}`} onClick={() => act(() => api.stopRun(run.id), `Stopping ${label}.`)}>
            <Square size={14} aria-hidden />
            Stop
          </Button>
        ) : (
          <Button size="sm" aria-label={`Re-run ${label}`} onClick={() => act(() => api.rerun(run.id), `Started a re-run of ${label}.`)}>
            <RotateCcw size={14} aria-hidden />
            Re-run
          </Button>
        )}
      </td>
    </tr>
  );
}
