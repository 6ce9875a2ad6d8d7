import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../api/queries.ts';
import type { GraphRunStatus, RunQuery, RunTriggerKind } from '../api/types.ts';
import { useLiveRunPages } from '../runs/use-live-runs.ts';
import { Button } from '../ui/components/button.tsx';
import './runs.css';
import { TRIGGER_KINDS } from '../ui/trigger-label.ts';
import { FailedFires } from '../runs/failed-fires.tsx';
import { RunRow } from '../runs/run-row.tsx';
import { AddToDataset } from '../runs/add-to-dataset.tsx';

const STATUSES: GraphRunStatus[] = ['QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED'];
/** Time ranges the monitor offers, by how far back they reach. */
const RANGES = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;
type Range = keyof typeof RANGES | 'all';
const PAGE = 100;

/** The runs monitor: every run across agents, filtered, live, each with its error and what can be done with it. */
export function RunsPage() {
  const graphs = useQuery(queries.graphs()).data?.graphs ?? [];
  const [graphId, setGraphId] = useState('');
  const [status, setStatus] = useState<GraphRunStatus | ''>('');
  const [trigger, setTrigger] = useState<RunTriggerKind | ''>('');
  // The start of the range is fixed when it is chosen, so the query (and its subscription) stays the same meanwhile.
  const [range, setRange] = useState<{ name: Range; since?: number }>({ name: 'all' });
  const query: Omit<RunQuery, 'limit' | 'offset'> = {
    ...(graphId ? { graphId } : {}),
    ...(status ? { status } : {}),
    ...(trigger ? { trigger } : {}),
    ...(range.since !== undefined ? { since: range.since } : {}),
  };
  const { list, more } = useLiveRunPages(query, PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = (runId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(runId);
    else next.delete(runId);
    setSelected(next);
  };

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
      <FailedFires graphId={graphId} />
      {selected.size > 0 && <AddToDataset runIds={[...selected]} onDone={() => setSelected(new Set())} />}
      {!list ? (
        <p className="page-message">Loading…</p>
      ) : list.runs.length === 0 ? (
        <p className="muted page-message">No runs match. Run an agent from its page, or give it a schedule or a webhook.</p>
      ) : (
        <table className="runs-table" aria-label="Runs">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Selected</span>
              </th>
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
              <RunRow key={run.id} run={run} selected={selected.has(run.id)} onSelect={(on) => select(run.id, on)} />
            ))}
          </tbody>
        </table>
      )}
      {list && list.total > list.runs.length && (
        <p className="muted small runs-more">
          Showing the latest {list.runs.length} of {list.total}.{' '}
          {more && (
            <Button size="sm" onClick={more}>
              Show {Math.min(PAGE, list.total - list.runs.length)} older
            </Button>
          )}
        </p>
      )}
    </main>
  );
}
