import { readFileSync } from 'node:fs';
import { CliError, parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { processOutput, type Output } from './output.ts';
import { ServerError } from './server-api.ts';

/** Each command's usage, as `blocksmith <command> --help` prints it; `blocksmith --help` prints them all. */
const COMMAND_USAGE: Record<string, string> = {
  start: 'blocksmith start              the platform on http://127.0.0.1:3000 (HOST, PORT, DATABASE_URL, … see docs/operations.md)',
  server: 'blocksmith server             a scale-out API server (needs DATABASE_URL and REDIS_URL)',
  worker: 'blocksmith worker             a scale-out worker that executes runs (needs DATABASE_URL and REDIS_URL)',
  run: `blocksmith run <graph.json | -> [--input name=value ...] [--graphs-dir DIR] [--json]
                 [--concurrency N] [--allow-private-network]
                               run a graph here (- reads it from stdin); Ctrl-C or SIGTERM stops it and prints its final record`,
  validate: 'blocksmith validate <graph.json | -> [--json]',
  blocks: 'blocksmith blocks [--json | --markdown | --table]',
  mcp: "blocksmith mcp --url URL     an MCP server on stdio for a Blocksmith server's /api/mcp (API key in BLOCKSMITH_API_KEY)",
  eval: `blocksmith eval --agent ID --dataset NAME --url URL [--version N] [--min-score 0.9] [--concurrency N] [--json]
                               evaluate an agent version on a server's dataset (API key in BLOCKSMITH_API_KEY)`,
  export: `blocksmith export [ID ...] [--out FILE] [--json]
                               every agent (or those named) at its latest version, as one JSON file`,
  import: `blocksmith import <agents.json | -> [--workspace ID] [--json]
                               agents from an export or graph files; an id already here gets a new version (server stopped)`,
  backup: 'blocksmith backup <FILE> [--json]  a consistent copy of the database, taken while the platform runs',
  restore: `blocksmith restore <FILE> [--json]
                               the database replaced by a backup (servers and workers stopped; SQLite keeps the old one beside it)`,
  'reset-password': `blocksmith reset-password <EMAIL> [--json]
                               a new password (piped in, or made up and printed); signs that person out everywhere`,
};

const NOTES = `--input values are parsed as JSON when they are valid JSON, otherwise taken as text.
With --json, results and errors are JSON on stdout ({"error":{"code","message"}} for an error, also told on stderr).
Exit codes: 0 completed/valid/passed, 1 run failed or stopped / evaluation below its score, 2 bad usage, invalid graph or a refused request.`;

const usage = (commands: string[]) => `Usage:\n${commands.map((c) => `  ${COMMAND_USAGE[c]}`).join('\n')}\n  blocksmith --version\n\n${NOTES}`;
const USAGE = usage(Object.keys(COMMAND_USAGE));

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Each command, loaded when it is run: `blocksmith --help` or `eval` need neither the server (with its queue,
 * database and MCP libraries) nor the engine, and start in a fraction of the time.
 */
const COMMANDS: Record<string, (args: ParsedArgs, out: Output) => Promise<number | 'running'>> = {
  run: async (args, out) => (await import('./commands/run.ts')).runCommand(args, out),
  validate: async (args, out) => (await import('./commands/validate.ts')).validateCommand(args, out),
  blocks: async (args, out) => (await import('./commands/blocks.ts')).blocksCommand(args, out),
  mcp: async (args) => (await import('./commands/mcp.ts')).mcpCommand(args),
  eval: async (args, out) => (await import('./commands/eval.ts')).evalCommand(args, out),
  start: async (args) => (await import('./commands/start.ts')).startCommand('embedded', args),
  server: async (args) => (await import('./commands/start.ts')).startCommand('server', args),
  worker: async (args) => (await import('./commands/start.ts')).startCommand('worker', args),
  export: async (args, out) => (await import('./commands/export.ts')).exportCommand(args, out),
  import: async (args, out) => (await import('./commands/import.ts')).importCommand(args, out),
  backup: async (args, out) => (await import('./commands/backup.ts')).backupCommand(args, out),
  restore: async (args, out) => (await import('./commands/backup.ts')).restoreCommand(args, out),
  'reset-password': async (args, out) => (await import('./commands/reset-password.ts')).resetPasswordCommand(args, out),
};

/** Runs one CLI invocation and returns its exit code (or 'running' for a server); never throws for user mistakes. */
export async function main(argv: string[], out: Output = processOutput): Promise<number | 'running'> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  try {
    if (command !== undefined && Object.hasOwn(COMMANDS, command)) {
      if (rest.includes('--help') || rest.includes('-h')) {
        out.stdout(usage([command]));
        return 0;
      }
      return await COMMANDS[command]!(parseArgs(rest), out);
    }
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      case 'version':
      case '--version':
      case '-V':
        out.stdout(`blocksmith ${VERSION}`);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    const refusal = error instanceof UsageError ? 'usage' : error instanceof ServerError ? 'refused' : error instanceof CliError ? error.code : undefined;
    if (refusal === undefined) throw error;
    if (json) out.stdout(JSON.stringify({ error: { code: refusal, message: (error as Error).message } }));
    out.stderr(
      error instanceof UsageError
        ? `blocksmith: ${error.message}\n\n${command && Object.hasOwn(COMMANDS, command) ? usage([command]) : USAGE}`
        : `blocksmith: ${(error as Error).message}`,
    );
    return 2;
  }
}
