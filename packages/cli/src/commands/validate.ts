import { checkFlags, type ParsedArgs } from '../args.ts';
import { registry } from '../engine-for-cli.ts';
import type { Output } from '../output.ts';
import { readGraphFile } from '../read-graph-file.ts';
import { validateGraph } from '@blocksmith/engine';

/** `blocksmith validate <graph.json> [--json]`: exit 0 when valid, 2 with every issue otherwise. */
export async function validateCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['json']);
  const path = args.positionals[0];
  const { graph, issues } = validateGraph(await readGraphFile(path), registry);
  if (args.flags.has('json')) out.stdout(JSON.stringify({ valid: graph !== undefined, issues }));
  else if (graph) out.stdout(`${path}: valid (${graph.nodes.length} nodes, ${graph.links.length} links)`);
  if (!graph && !args.flags.has('json')) {
    out.stderr(`${path}: ${issues.length} problem(s)`);
    for (const issue of issues) out.stderr(`  - ${issue.message}`);
  }
  return graph ? 0 : 2;
}
