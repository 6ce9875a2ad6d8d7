import { useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries.ts';

/** The workspace's agents as options of a select, by name (but `except`). */
export function AgentOptions({ except }: { except?: string }) {
  const graphs = useQuery(queries.graphs());
  return (
    <>
      {graphs.data?.graphs
        .filter((g) => g.id !== except)
        .map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
    </>
  );
}
