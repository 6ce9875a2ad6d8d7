import { checkFlags, UsageError, type ParsedArgs } from '../args.ts';
import type { Output } from '../output.ts';
import { operatorTask } from './operator-task.ts';

/** `blocksmith backup <FILE>`: a consistent copy of the database, taken while the platform runs. */
export async function backupCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['json']);
  const target = onlyFile(args, 'backup');
  const { backupDatabase, loadConfig } = await import('@blocksmith/server/operator');
  const config = await operatorTask(async () => loadConfig());
  const { kind, bytes } = await operatorTask(() => backupDatabase(config, target));
  if (args.flags.has('json')) out.stdout(JSON.stringify({ file: target, kind, bytes }));
  else {
    out.stdout(
      `Backed up the ${kind === 'sqlite' ? 'SQLite database' : 'PostgreSQL database (pg_dump)'} to ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB).`,
    );
    out.stdout(
      `Credentials in it are encrypted with ${config.secretKey ? 'BLOCKSMITH_SECRET_KEY' : `the key in ${config.dataDir}/secret.key`}: keep that key, apart from the backup — a restore needs it.`,
    );
  }
  return 0;
}

/** `blocksmith restore <FILE>`: the database replaced by a backup (the platform stopped). */
export async function restoreCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['json']);
  const source = onlyFile(args, 'restore');
  const { loadConfig, restoreDatabase, withDataFolder } = await import('@blocksmith/server/operator');
  const config = await operatorTask(async () => loadConfig());
  const { kept } = await operatorTask(() => withDataFolder(config, 'restore', () => restoreDatabase(config, source)));
  if (args.flags.has('json')) out.stdout(JSON.stringify({ file: source, ...(kept ? { kept } : {}) }));
  else out.stdout(`Restored the database from ${source}.${kept ? ` The database it replaced is kept as ${kept}.` : ''}`);
  return 0;
}

function onlyFile(args: ParsedArgs, command: string): string {
  const [file, ...more] = args.positionals;
  if (!file || more.length > 0) throw new UsageError(`Give one file: blocksmith ${command} <file>`);
  return file;
}
