import { validateGraph, type BlockRegistry, type GraphFile } from '@blocksmith/engine';
import type { Store } from '@blocksmith/store';
import { agentsIn } from './agents-file.ts';

/** What became of one agent of the file. */
export interface ImportedAgent {
  name: string;
  outcome: 'created' | 'updated' | 'unchanged';
  id: string;
  /** The id it had in the file, when it was created under a new one. */
  fileId?: string;
  workspaceId: string;
  version: number;
  /** What keeps it from running yet (it is saved as a draft, as the editor saves one). */
  issues: string[];
}

/**
 * Imports the agents of an export (or graph files) into the database. An
 * agent whose id the target workspace has gets a new version (none when it is
 * the same); any other is created with a new id. The target is `workspaceId`
 * when given, else the workspace the agent came from when this database has
 * it, else the owner's personal workspace. Every agent is checked before any
 * is written: one malformed graph file imports nothing.
 */
export async function importAgents(store: Store, registry: BlockRegistry, content: unknown, options: { workspaceId?: string } = {}): Promise<ImportedAgent[]> {
  const agents = agentsIn(content).map((agent, index) => {
    const { wellFormed, issues } = validateGraph(agent.graph, registry);
    if (!wellFormed) throw new Error(`Agent ${index + 1} of the file is not a graph file: ${issues.map((issue) => issue.message).join(' ')}`);
    return { ...agent, graph: wellFormed, issues: issues.map((issue) => issue.message) };
  });
  const fallback = options.workspaceId ?? (await ownerWorkspace(store));
  if (options.workspaceId && !(await store.workspaces.get(options.workspaceId))) throw new Error(`There is no workspace ${options.workspaceId}.`);
  const results: ImportedAgent[] = [];
  for (const agent of agents) {
    const workspaceId = options.workspaceId ?? (agent.workspaceId && (await store.workspaces.get(agent.workspaceId)) ? agent.workspaceId : fallback);
    results.push({ ...(await importOne(store, workspaceId, agent.id, agent.graph)), issues: agent.issues });
  }
  return results;
}

async function importOne(store: Store, workspaceId: string, fileId: string | undefined, graph: GraphFile): Promise<Omit<ImportedAgent, 'issues'>> {
  const existing = fileId ? await store.graphs.version(workspaceId, fileId) : undefined;
  if (existing && fileId) {
    if (JSON.stringify(existing.graph) === JSON.stringify(graph))
      return { name: graph.name, outcome: 'unchanged', id: fileId, workspaceId, version: existing.version };
    const saved = await store.graphs.saveVersion(workspaceId, fileId, graph);
    return { name: graph.name, outcome: 'updated', id: fileId, workspaceId, version: saved!.latestVersion };
  }
  const members = await store.workspaces.members(workspaceId);
  const creator = members.find((member) => member.role === 'owner') ?? members[0];
  if (!creator) throw new Error(`Workspace ${workspaceId} has no members to own the imported agents.`);
  const created = await store.graphs.create({ workspaceId, userId: creator.userId }, graph);
  return { name: graph.name, outcome: 'created', id: created.id, ...(fileId ? { fileId } : {}), workspaceId, version: 1 };
}

/** The personal workspace of the platform's owner (the first account); a user's personal workspace has the user's id. */
async function ownerWorkspace(store: Store): Promise<string> {
  const owner = (await store.users.listWithWorkspaces()).find((user) => user.isOwner);
  if (!owner) throw new Error('This database has no owner account yet: open the app and create it, then import.');
  return owner.id;
}
