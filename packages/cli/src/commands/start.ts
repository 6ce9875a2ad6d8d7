import { runUntilSignal } from '@blocksmith/server';
import { checkFlags, type ParsedArgs } from '../args.ts';

/**
 * `blocksmith start` (the embedded platform in one process), `blocksmith server`
 * (a scale-out API server) or `blocksmith worker` (a scale-out worker);
 * configured by environment variables.
 */
export async function startCommand(role: 'embedded' | 'server' | 'worker', args: ParsedArgs): Promise<number | 'running'> {
  checkFlags(args, []);
  await runUntilSignal(role);
  return 'running';
}
