import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ArrowRight, Inbox } from 'lucide-react';
import { queries } from '../api/queries.ts';
import { When } from '../ui/when.tsx';
import { sortAgents } from '../library/sort-agents.ts';
import { AskCopilotLink, NewAgentLink } from '../library/start-links.tsx';
import { useLiveRuns } from '../runs/use-live-runs.ts';
import { Badge } from '../ui/components/badge.tsx';
import { runLabel } from '../ui/run-label.ts';
import { statusTone } from '../ui/status-tone.ts';
import './home.css';

/** Where the app opens: what waits for the user, the latest runs, the agents changed lately, and the ways to start. */
export function HomePage() {
  const waiting = useQuery(queries.pendingReviews()).data?.reviews.length ?? 0;
  const runs = useLiveRuns({ limit: 6 })?.runs;
  const agents = useQuery(queries.graphs()).data?.graphs;
  return (
    <main className="home">
      <header className="page-header">
        <h1>Home</h1>
        <div className="page-actions">
          <NewAgentLink />
          <AskCopilotLink />
        </div>
      </header>
      {waiting > 0 && (
        <Link to="/reviews" className="home-callout">
          <Inbox size={18} aria-hidden />
          {waiting === 1 ? '1 review waits for your decision' : `${waiting} reviews wait for your decision`}
          <ArrowRight size={16} aria-hidden />
        </Link>
      )}
      <div className="home-grid">
        <section className="home-section" aria-labelledby="home-runs">
          <h2 id="home-runs">Latest runs</h2>
          {!runs ? (
            <p className="muted">Loading…</p>
          ) : runs.length === 0 ? (
            <p className="muted">No runs yet. Open an agent and press Run, or give it a schedule or a webhook.</p>
          ) : (
            <ul className="home-list">
              {runs.map((run) => (
                <li key={run.id}>
                  {run.graphId ? (
                    <Link to="/graphs/$graphId/runs/$runId" params={{ graphId: run.graphId, runId: run.id }}>
                      {run.graphName}
                    </Link>
                  ) : (
                    run.graphName
                  )}{' '}
                  <code className="muted small">{runLabel(run.id)}</code> <Badge tone={statusTone(run.status)}>{run.status.toLowerCase()}</Badge>{' '}
                  <span className="muted small">
                    <When at={run.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link to="/runs" className="small">
            All runs
          </Link>
        </section>
        <section className="home-section" aria-labelledby="home-agents">
          <h2 id="home-agents">Changed lately</h2>
          {!agents ? (
            <p className="muted">Loading…</p>
          ) : agents.length === 0 ? (
            <p className="muted">No agents yet.</p>
          ) : (
            <ul className="home-list">
              {sortAgents(agents, 'updated')
                .slice(0, 6)
                .map((graph) => (
                  <li key={graph.id}>
                    <Link to="/graphs/$graphId" params={{ graphId: graph.id }}>
                      {graph.name}
                    </Link>{' '}
                    <span className="muted small">
                      changed <When at={graph.updatedAt} />
                    </span>
                  </li>
                ))}
            </ul>
          )}
          <Link to="/agents" className="small">
            All agents
          </Link>
        </section>
      </div>
    </main>
  );
}
