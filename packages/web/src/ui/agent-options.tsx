import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** The workspace's agents as options of a select, by name. */
export function AgentOptions() {
  const graphs = useQuery({ queryKey: ['graphs', ''], queryFn: () => api.listGraphs() });
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
