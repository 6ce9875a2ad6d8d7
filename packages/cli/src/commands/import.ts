import { checkFlags, UsageError, type ParsedArgs } from '../args.ts';
import { registry } from '../engine-for-cli.ts';
import type { Output } from '../output.ts';
import { readJsonFile } from '../read-graph-file.ts';
import { operatorTask } from './operator-task.ts';

/** `blocksmith import <FILE | -> [--workspace ID] [--json]`: agents from an export (or graph files) into the database. */
export async function importCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['workspace', 'json']);
  if (args.positionals.length > 1) throw new UsageError('Give one file to import.');
  const content = await readJsonFile(args.positionals[0], 'agents', 'blocksmith import <agents.json>');
  const workspace = args.flags.get('workspace');
  const { importAgents, loadConfig, withOperatorStore } = await import('@blocksmith/server/operator');
  const results = await operatorTask(() =>
    withOperatorStore(loadConfig(), 'import', true, (store) =>
      importAgents(store, registry, content, typeof workspace === 'string' ? { workspaceId: workspace } : {}),
    ),
  );
  if (args.flags.has('json')) {
    out.stdout(JSON.stringify({ agents: results }));
    return 0;
  }
  for (const agent of results) {
    const what =
      agent.outcome === 'created'
        ? `created as ${agent.id}${agent.fileId ? ` (was ${agent.fileId})` : ''}`
        : agent.outcome === 'updated'
          ? `${agent.id} updated to version ${agent.version}`
          : `${agent.id} unchanged (version ${agent.version})`;
    out.stdout(`${agent.name}: ${what}${agent.issues.length ? ` — a draft: ${agent.issues.join(' ')}` : ''}`);
  }
  return 0;
}
