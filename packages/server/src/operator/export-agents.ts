import type { Store } from '@blocksmith/store';
import type { AgentsFile } from './agents-file.ts';

/** Every agent (or those of `ids`) at its latest version, as an agents file; an id not found is named. */
export async function exportAgents(store: Store, ids: string[] = [], now = new Date()): Promise<AgentsFile> {
  const every = await store.graphs.everyAgent();
  const wanted = ids.length === 0 ? every : every.filter((agent) => ids.includes(agent.id));
  const missing = ids.filter((id) => !every.some((agent) => agent.id === id));
  if (missing.length > 0) throw new Error(`No agent has the id ${missing.join(', ')}.`);
  const agents: AgentsFile['agents'] = [];
  for (const { id, workspaceId } of wanted) {
    const latest = await store.graphs.version(workspaceId, id);
    if (latest) agents.push({ id, workspaceId, version: latest.version, graph: { ...latest.graph } });
  }
  return { blocksmith: 'agents', formatVersion: 1, exportedAt: now.toISOString(), agents };
}
