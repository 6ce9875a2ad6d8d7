import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { processOutput, type Output } from './output.ts';
import { ServerError } from './server-api.ts';

const USAGE = `Usage:
  blocksmith start              the platform on http://127.0.0.1:3000 (HOST, PORT, DATABASE_URL, … see docs/operations.md)
  blocksmith server             a scale-out API server (needs DATABASE_URL and REDIS_URL)
  blocksmith worker             a scale-out worker that executes runs (needs DATABASE_URL and REDIS_URL)
  blocksmith run <graph.json> [--input name=value ...] [--graphs-dir DIR] [--json]
                 [--concurrency N] [--allow-private-network]
  blocksmith validate <graph.json> [--json]
  blocksmith blocks [--json | --markdown | --table]
  blocksmith mcp --url URL     an MCP server on stdio for a Blocksmith server's /api/mcp (API key in BLOCKSMITH_API_KEY)
  blocksmith eval --agent ID --dataset NAME --url URL [--version N] [--min-score 0.9] [--concurrency N] [--json]
                               evaluate an agent version on a server's dataset (API key in BLOCKSMITH_API_KEY)

--input values are parsed as JSON when they are valid JSON, otherwise taken as text.
Exit codes: 0 completed/valid/passed, 1 run failed or stopped / evaluation below its score, 2 bad usage, invalid graph or a refused request.`;

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
};

/** Runs one CLI invocation and returns its exit code (or 'running' for a server); never throws for user mistakes. */
export async function main(argv: string[], out: Output = processOutput): Promise<number | 'running'> {
  const [command, ...rest] = argv;
  try {
    const args = parseArgs(rest);
    if (command !== undefined && Object.hasOwn(COMMANDS, command)) return await COMMANDS[command]!(args, out);
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`blocksmith: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ServerError) {
      out.stderr(`blocksmith: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
