import { api } from '../api/client.ts';
import { queryClient } from '../api/queries.ts';

/** Reads the library again after a change, here and on every page that lists agents. */
const changed = () => queryClient.invalidateQueries({ queryKey: ['graphs'] });

/** What can be done to an agent from the library; each keeps the cached lists true. */
export const agentActions = {
  async rename(graphId: string, name: string): Promise<void> {
    const detail = await api.getGraph(graphId);
    await api.saveGraph(graphId, { ...detail.graph, name }, detail.version);
    await changed();
  },
  /** A copy of the latest version, named "… (copy)"; its triggers and runs stay with the original. */
  async duplicate(graphId: string): Promise<string> {
    const detail = await api.getGraph(graphId);
    const copy = await api.createGraph({ ...detail.graph, name: `${detail.graph.name} (copy)` });
    await changed();
    return copy.name;
  },
  async remove(graphId: string): Promise<void> {
    await api.deleteGraph(graphId);
    await Promise.all([changed(), queryClient.invalidateQueries({ queryKey: ['schedules'] })]);
  },
  async setMcp(graphId: string, on: boolean): Promise<void> {
    await api.setAgentMcp(graphId, on);
    await changed();
  },
};
