import { GraphValidationError, InMemoryEventBus, InMemoryRunStore, RunInputError, type RunEvent, type RunHandle } from '@blocksmith/engine';
import { dirname, resolve } from 'node:path';
import { checkFlags, CliError, parseInputValue, UsageError, type ParsedArgs } from '../args.ts';
import { createEngine } from '../engine-for-cli.ts';
import { formatEvent } from '../live-view.ts';
import { readGraphFile } from '../read-graph-file.ts';
import type { Output } from '../output.ts';

/** `blocksmith run <graph.json>`: exit 0 when COMPLETED, 1 when FAILED or stopped, 2 for bad usage. */
export async function runCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['json', 'graphs-dir', 'allow-private-network', 'concurrency']);
  const path = args.positionals[0];
  const graph = await readGraphFile(path);
  const json = args.flags.has('json');
  // A graph from stdin finds the graphs it runs as sub-agents in the working folder.
  const graphsDir = resolve(String(args.flags.get('graphs-dir') ?? (path === '-' ? '.' : dirname(resolve(path!)))));
  const concurrency = args.flags.get('concurrency');
  const maxConcurrency = concurrency === undefined ? undefined : Number(concurrency);
  if (maxConcurrency !== undefined && !(Number.isInteger(maxConcurrency) && maxConcurrency > 0)) {
    throw new UsageError(`--concurrency must be a positive whole number, not "${String(concurrency)}".`);
  }
  const inputs = Object.fromEntries(args.inputs.map(([name, raw]) => [name, parseInputValue(raw)]));

  const bus = new InMemoryEventBus();
  const runStore = new InMemoryRunStore();
  const engine = createEngine({
    graphsDir,
    events: bus,
    runStore,
    allowPrivateNetwork: args.flags.has('allow-private-network'),
    ...(maxConcurrency ? { maxConcurrency } : {}),
  });
  const rootRunId = crypto.randomUUID();
  const startedAt = Date.now();
  if (!json)
    bus.subscribe((event: RunEvent) => {
      const line = formatEvent(event, startedAt, rootRunId);
      if (line) out.stdout(line);
    });

  // Stopped by Ctrl-C or by a process manager, the run ends TERMINATED and its final record is printed as any other.
  // Listening before the run starts: a signal while it starts (its first lines already out) must not kill the process.
  let handle: RunHandle | undefined;
  let stopped: string | undefined;
  const stops = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const stop = (): void => {
      stopped = `Stopped from the command line (${signal}).`;
      handle?.cancel(stopped);
    };
    process.once(signal, stop);
    return () => process.off(signal, stop);
  });
  let record;
  try {
    try {
      handle = engine.startRun(graph, inputs, { runId: rootRunId });
    } catch (error) {
      if (error instanceof GraphValidationError) throw new CliError('invalid_graph', error.message);
      // The engine speaks to every front end; how to pass a value here is this command's to say.
      if (error instanceof RunInputError) throw new CliError('invalid_inputs', `${error.message}\nPass run inputs as --input name=value.`);
      throw error;
    }
    if (stopped) handle.cancel(stopped);
    record = await handle.done;
  } finally {
    for (const forget of stops) forget();
  }

  const nodeRuns = runStore.nodeRunsOf(record.id).sort((a, b) => a.seq - b.seq);
  if (json) {
    out.stdout(
      JSON.stringify({
        status: record.status,
        outputs: record.outputs,
        ...(record.error ? { error: record.error } : {}),
        nodeRuns: nodeRuns.map((r) => ({
          nodeId: r.nodeId,
          block: r.blockId,
          status: r.status,
          inputs: r.inputs,
          outputs: r.outputs,
          ...(r.error ? { error: r.error } : {}),
        })),
      }),
    );
  } else {
    out.stdout('');
    out.stdout(`${record.status} in ${(record.endedAt ?? Date.now()) - startedAt} ms, ${nodeRuns.length} node run(s)`);
    for (const [name, values] of Object.entries(record.outputs)) {
      for (const value of values) out.stdout(`${name}: ${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}`);
    }
  }
  return record.status === 'COMPLETED' ? 0 : 1;
}
