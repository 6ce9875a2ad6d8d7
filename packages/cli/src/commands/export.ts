import { writeFile } from 'node:fs/promises';
import { checkFlags, type ParsedArgs } from '../args.ts';
import type { Output } from '../output.ts';
import { operatorTask } from './operator-task.ts';

/** `blocksmith export [ID ...] [--out FILE]`: every agent (or those named) at its latest version, as one JSON file. */
export async function exportCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['out', 'json']);
  const { exportAgents, loadConfig, withOperatorStore } = await import('@blocksmith/server/operator');
  const file = await operatorTask(() => withOperatorStore(loadConfig(), 'export', false, (store) => exportAgents(store, args.positionals)));
  const text = JSON.stringify(file, null, 2);
  const target = args.flags.get('out');
  if (typeof target !== 'string') {
    out.stdout(text);
    return 0;
  }
  await operatorTask(() =>
    writeFile(target, `${text}\n`, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new Error(error.code === 'EEXIST' ? `${target} exists already: name a new file.` : `Cannot write ${target}: ${error.message}`);
    }),
  );
  const summary = `Exported ${file.agents.length} agent${file.agents.length === 1 ? '' : 's'} to ${target}.`;
  if (args.flags.has('json')) out.stdout(JSON.stringify({ file: target, agents: file.agents.length }));
  else out.stdout(summary);
  return 0;
}
