import { runServerUntilSignal } from '@blocksmith/server';
import { checkFlags, type ParsedArgs } from '../args.ts';

/** `blocksmith start`: the embedded platform in one process, configured by environment variables. */
export async function startCommand(args: ParsedArgs): Promise<number | 'running'> {
  checkFlags(args, []);
  await runServerUntilSignal();
  return 'running';
}
