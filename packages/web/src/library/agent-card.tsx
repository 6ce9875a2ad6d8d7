import { Link } from '@tanstack/react-router';
import { CalendarClock, Webhook } from 'lucide-react';
import type { LibraryGraph, ShownSchedule } from '../api/types.ts';
import { Badge } from '../ui/components/badge.tsx';
import { FailedFireNote } from '../ui/failed-fire-note.tsx';
import { When } from '../ui/when.tsx';
import { statusTone } from '../ui/status-tone.ts';
import { AgentMenu } from './agent-menu.tsx';

/** One agent in the library: what it is, what starts it, when it runs next, how its last run went; its actions in a menu. */
export function AgentCard({ graph, schedules }: { graph: LibraryGraph; schedules: ShownSchedule[] }) {
  const next = schedules.flatMap((s) => s.nextRuns.slice(0, 1)).sort()[0];
  const failed = schedules.find((s) => s.lastFire?.outcome === 'failed');
  return (
    <li className="agent-card">
      <div className="agent-card-head">
        <h2>
          <Link to="/graphs/$graphId" params={{ graphId: graph.id }} className="agent-link">
            {graph.name}
          </Link>
        </h2>
        <AgentMenu graph={graph} />
      </div>
      <p className={graph.description ? 'agent-description' : 'agent-description muted'}>{graph.description || 'No description.'}</p>
      <dl className="agent-facts">
        <dt>Last run</dt>
        <dd data-testid="last-run">
          {graph.lastRun ? (
            <>
              <Badge tone={statusTone(graph.lastRun.status)}>{graph.lastRun.status.toLowerCase()}</Badge> <When at={graph.lastRun.createdAt} />
            </>
          ) : (
            <span className="muted">never run</span>
          )}
        </dd>
        <dt>Triggers</dt>
        <dd data-testid="triggers">
          {schedules.length === 0 && graph.webhooks === 0 ? (
            <span className="muted">runs when started</span>
          ) : (
            <>
              {schedules.length > 0 && (
                <span className="trigger-count">
                  <CalendarClock size={14} aria-hidden /> {schedules.length === 1 ? '1 schedule' : `${schedules.length} schedules`}
                </span>
              )}
              {graph.webhooks > 0 && (
                <span className="trigger-count">
                  <Webhook size={14} aria-hidden /> {graph.webhooks === 1 ? '1 webhook' : `${graph.webhooks} webhooks`}
                </span>
              )}
            </>
          )}
        </dd>
        {schedules.length > 0 && (
          <>
            <dt>Next run</dt>
            <dd data-testid="next-scheduled-run">{next ? <When at={Date.parse(next)} /> : <span className="muted">paused</span>}</dd>
          </>
        )}
      </dl>
      {failed && <FailedFireNote lastFire={failed.lastFire} />}
      <p className="agent-card-foot muted small">
        v{graph.latestVersion} · changed <When at={graph.updatedAt} />
      </p>
    </li>
  );
}
