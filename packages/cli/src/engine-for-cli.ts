import { parseAllowedHosts, parseAllowedSockets, standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine, type EventSink, type RunStore } from '@blocksmith/engine';
import { FileGraphStore } from './file-graph-store.ts';

export const registry = new BlockRegistry(standardBlocks);

/** The engine as the CLI runs it: standard blocks, sub-graphs from a folder, settings from the environment. */
export function createEngine(options: {
  graphsDir: string;
  events: EventSink;
  runStore?: RunStore;
  allowPrivateNetwork: boolean;
  maxConcurrency?: number;
}): Engine {
  return new Engine({
    registry,
    graphStore: new FileGraphStore(options.graphsDir),
    events: options.events,
    ...(options.runStore ? { runStore: options.runStore } : {}),
    settings: {
      allowPrivateNetwork: options.allowPrivateNetwork || process.env.BLOCKSMITH_ALLOW_PRIVATE_NETWORK === '1',
      allowedHosts: parseAllowedHosts(process.env.BLOCKSMITH_ALLOW_HOSTS ?? ''),
      allowedSockets: parseAllowedSockets(process.env.BLOCKSMITH_ALLOW_SOCKETS ?? ''),
      allowStdioMcp: process.env.BLOCKSMITH_ALLOW_STDIO_MCP === '1',
    },
    ...(options.maxConcurrency !== undefined ? { maxConcurrency: options.maxConcurrency } : {}),
    ...limitFromEnv('BLOCKSMITH_MAX_NODE_RUNS', 'maxNodeRuns', 10),
    ...limitFromEnv('BLOCKSMITH_MAX_OUTPUT_BYTES', 'maxOutputBytes', 1024),
  });
}

/** An engine limit the operator set in the environment (as the server reads it), or nothing when unset. */
function limitFromEnv<K extends string>(variable: string, option: K, least: number): Partial<Record<K, number>> {
  const text = process.env[variable];
  if (!text) return {};
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < least) throw new Error(`${variable} must be a whole number of at least ${least} (it is "${text}").`);
  return { [option]: limit } as Partial<Record<K, number>>;
}
