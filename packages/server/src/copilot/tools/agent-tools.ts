import type { GraphFile } from '@blocksmith/engine';
import { z } from 'zod';
import { defineTool, ToolError, type ToolContext } from './copilot-tool.ts';
import { applyGraphEdits, graphEdit } from './graph-edits.ts';
import { saveGraphVersion } from '../../graphs/save-version.ts';
import { Refusal } from '../../platform/refusal.ts';

/** Saves a graph only when the engine finds nothing wrong with it; otherwise the issues go back to the model to fix. */
function checked(graph: unknown, ctx: ToolContext): { graph: GraphFile } | { saved: false; issues: string[] } {
  const validation = ctx.platform.engine.validate(graph);
  if (validation.graph && validation.issues.length === 0) return { graph: validation.graph };
  return { saved: false, issues: validation.issues.map((issue) => issue.message) };
}

async function agentOf(ctx: ToolContext, id: string) {
  const found = await ctx.platform.store.graphs.version(ctx.owner.workspaceId, id);
  if (!found) throw new ToolError(`You have no agent "${id}"; list_agents shows the ones you have.`);
  return found;
}

export const listAgents = defineTool({
  name: 'list_agents',
  description: "The user's agents (saved graphs): ids, names, descriptions, latest versions. Optionally only those matching words.",
  input: z.object({ query: z.string().max(200).optional() }),
  async run({ query }, ctx) {
    const { graphs } = await ctx.platform.store.graphs.list(ctx.owner.workspaceId, { limit: 100, offset: 0, ...(query ? { search: query } : {}) });
    return { agents: graphs.map((g) => ({ id: g.id, name: g.name, description: g.description, version: g.latestVersion })) };
  },
});

export const getAgent = defineTool({
  name: 'get_agent',
  description: "An agent's graph file (its latest version): nodes, their inputs, links.",
  input: z.object({ id: z.string().min(1).max(100) }),
  async run({ id }, ctx) {
    const found = await agentOf(ctx, id);
    return { id, version: found.version, graph: found.graph };
  },
});

export const createAgent = defineTool({
  name: 'create_agent',
  description:
    'Save a new agent from a graph file. The engine checks it first: if anything is wrong nothing is saved and the issues come back — fix them and call again. Answers the new agent id.',
  input: z.object({ graph: z.record(z.string(), z.unknown()).describe('A graph file: {schemaVersion: 1, name, description?, nodes, links}.') }),
  async run({ graph }, ctx) {
    const result = checked(graph, ctx);
    if (!('graph' in result)) return result;
    const saved = await ctx.platform.store.graphs.create(ctx.owner, result.graph);
    return { saved: true, id: saved.id, version: saved.latestVersion, url: `#/graphs/${saved.id}` };
  },
});

export const editAgent = defineTool({
  name: 'edit_agent',
  description:
    'Change an agent with small operations (add_node, remove_node, add_link, remove_link, set_input, rename), applied in order; saved as a new version only if the engine finds nothing wrong, else the issues come back and nothing is saved.',
  input: z.object({ id: z.string().min(1).max(100), operations: z.array(graphEdit).min(1).max(100) }),
  async run({ id, operations }, ctx) {
    const found = await agentOf(ctx, id);
    let edited: GraphFile;
    try {
      edited = applyGraphEdits(found.graph, operations);
    } catch (error) {
      throw new ToolError((error as Error).message);
    }
    const result = checked(edited, ctx);
    if (!('graph' in result)) return result;
    // Based on the version read above: a save by anyone in between is refused, never overwritten.
    const saved = await saveGraphVersion(ctx.platform.store, ctx.owner.workspaceId, id, result.graph, found.version).catch((error: unknown) => {
      if (!(error instanceof Refusal && error.code === 'version_conflict')) throw error;
      throw new ToolError(
        `Someone saved this agent while you edited it, so nothing was saved. Read it again with get_agent and apply your edits to the latest version.`,
      );
    });
    return { saved: true, id, version: saved.latestVersion };
  },
});
