import { useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries.ts';

/** The workspace's agents as options of a select, by name. */
export function AgentOptions() {
  const graphs = useQuery(queries.graphs());
  return (
    <>
      {graphs.data?.graphs.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </>
  );
}
