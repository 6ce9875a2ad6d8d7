import { z } from 'zod';

/** One agent in an export: where it came from, and its latest version's graph file. */
export const exportedAgent = z.object({
  id: z.string(),
  workspaceId: z.string(),
  version: z.number().int(),
  graph: z.record(z.string(), z.unknown()),
});
export type ExportedAgent = z.infer<typeof exportedAgent>;

/** What `blocksmith export` writes and `blocksmith import` reads. */
export const agentsFile = z.object({
  blocksmith: z.literal('agents'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  agents: z.array(exportedAgent),
});
export type AgentsFile = z.infer<typeof agentsFile>;

/** What an import takes: an export, one graph file (as the editor downloads it), or a list of graph files. */
export function agentsIn(content: unknown): { id?: string; workspaceId?: string; graph: unknown }[] {
  if (Array.isArray(content)) return content.map((graph) => ({ graph }));
  if (typeof content === 'object' && content !== null && 'blocksmith' in content) {
    const parsed = agentsFile.safeParse(content);
    if (!parsed.success)
      throw new Error(
        `This is not an agents file blocksmith export wrote: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    return parsed.data.agents;
  }
  return [{ graph: content }];
}
