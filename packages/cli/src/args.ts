/** Parsed command line: positionals, repeated `--input` pairs and boolean/valued flags. */
export interface ParsedArgs {
  positionals: string[];
  inputs: [string, string][];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** A command refused its input (exit 2): `code` names what was wrong, for `--json` output. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    readonly code: 'invalid_graph' | 'invalid_inputs' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

const VALUED = new Set(['graphs-dir', 'concurrency', 'url', 'agent', 'dataset', 'version', 'min-score', 'out', 'workspace']);

export function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], inputs: [], flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = splitFlag(arg.slice(2));
    if (name === 'input') {
      const pair = inline ?? argv[++i];
      if (pair === undefined) throw new UsageError('--input needs a value: --input name=value');
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--input "${pair}" must look like name=value.`);
      parsed.inputs.push([pair.slice(0, eq), pair.slice(eq + 1)]);
    } else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      parsed.flags.set(name, value);
    } else {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      parsed.flags.set(name, true);
    }
  }
  return parsed;
}

function splitFlag(flag: string): [string, string | undefined] {
  const eq = flag.indexOf('=');
  return eq === -1 ? [flag, undefined] : [flag.slice(0, eq), flag.slice(eq + 1)];
}

/** `--input` values are JSON when they parse as JSON, else plain strings. */
export function parseInputValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function checkFlags(args: ParsedArgs, allowed: string[]): void {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name))
      throw new UsageError(`Unknown option --${name}; this command takes: ${allowed.map((a) => `--${a}`).join(', ') || 'no options'}.`);
  }
}
