import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../api/queries.ts';
import { When } from '../ui/when.tsx';

/**
 * Schedules whose latest fire started no run (an input the agent now requires, a deleted preset): a fire
 * like that has no run to show in the table, so it is listed above it, with its reason and the way to the agent.
 */
export function FailedFires({ graphId }: { graphId: string }) {
  const schedules = useQuery(queries.schedules()).data?.schedules ?? [];
  const graphs = useQuery(queries.graphs()).data?.graphs ?? [];
  const failed = schedules.filter((s) => s.lastFire?.outcome === 'failed' && (!graphId || s.schedule.graphId === graphId));
  if (failed.length === 0) return null;
  const nameOf = (id: string) => graphs.find((g) => g.id === id)?.name ?? 'An agent';
  return (
    <section className="failed-fires" aria-label="Schedule fires that started no run">
      <h2>Schedule fires that started no run</h2>
      <ul>
        {failed.map(({ schedule, lastFire }) => (
          <li key={schedule.id} data-testid={`failed-fire-${schedule.id}`}>
            <Link to="/graphs/$graphId" params={{ graphId: schedule.graphId }}>
              {nameOf(schedule.graphId)}
            </Link>{' '}
            · schedule “{schedule.name}” · <When at={lastFire!.fireTime} />: <span className="error">{lastFire!.error}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
