import { GraphValidationError, InMemoryEventBus, InMemoryRunStore, RunInputError, type RunEvent } from '@blocksmith/engine';
import { dirname, resolve } from 'node:path';
import { checkFlags, parseInputValue, UsageError, type ParsedArgs } from '../args.ts';
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
  const graphsDir = resolve(String(args.flags.get('graphs-dir') ?? dirname(resolve(path!))));
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

  let handle;
  try {
    handle = engine.startRun(graph, inputs, { runId: rootRunId });
  } catch (error) {
    if (error instanceof GraphValidationError || error instanceof RunInputError) {
      out.stderr(error.message);
      // The engine speaks to every front end; how to pass a value here is this command's to say.
      if (error instanceof RunInputError) out.stderr('Pass run inputs as --input name=value.');
      return 2;
    }
    throw error;
  }
  const stop = (): void => handle.cancel('Stopped from the command line (Ctrl-C).');
  process.once('SIGINT', stop);
  const record = await handle.done;
  process.off('SIGINT', stop);

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
