import {
  BlockRegistry,
  Engine,
  InMemoryRunStore,
  type EventSink,
  type GraphFile,
  type GraphRunRecord,
  type NodeRunRecord,
  type FileStore,
  type MemoryStore,
  type NodeStateStore,
} from '@blocksmith/engine';
import type { BlockSettings, Credential } from '@blocksmith/sdk';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { standardBlocks } from './index.ts';

const registry = new BlockRegistry(standardBlocks);

export interface RunOptions {
  credentials?: Credential[];
  events?: EventSink;
  /** Node state shared by several runs (what feed.read has seen). */
  nodeState?: NodeStateStore;
  /** Memory shared by several runs (what memory.store kept). */
  memory?: MemoryStore;
  /** Files the run may read (uploads made before it). */
  files?: FileStore;
}

/** Runs a graph of standard blocks on the real engine; returns the run and its node runs in creation order. */
export async function runGraph(
  graph: GraphFile,
  settings: Partial<BlockSettings> = {},
  options: RunOptions = {},
): Promise<{ record: GraphRunRecord; nodeRuns: NodeRunRecord[] }> {
  const runStore = new InMemoryRunStore();
  const all = options.credentials ?? [];
  const credentials = {
    resolve: async (_user: string | undefined, id: string) => all.find((c) => c.id === id),
    soleOfKinds: async (_user: string | undefined, kinds: string[]) => {
      const fitting = all.filter((c) => kinds.includes(c.kind));
      return fitting.length === 1 ? fitting[0] : undefined;
    },
  };
  const engine = new Engine({
    registry,
    runStore,
    settings,
    credentials,
    log: () => undefined,
    ...(options.events ? { events: options.events } : {}),
    ...(options.nodeState ? { nodeState: options.nodeState } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
    ...(options.files ? { files: options.files } : {}),
  });
  const record = await engine.run(graph);
  return { record, nodeRuns: runStore.nodeRunsOf(record.id).sort((a, b) => a.seq - b.seq) };
}

/** Runs one block as a one-node graph on the real engine; returns its node run. */
export async function runBlock(
  block: string,
  inputs: Record<string, unknown>,
  settings: Partial<BlockSettings> = {},
  options: RunOptions = {},
): Promise<NodeRunRecord> {
  const { nodeRuns } = await runGraph({ schemaVersion: 1, name: block, nodes: [{ id: 'n', block, inputs }], links: [] }, settings, options);
  return nodeRuns[0]!;
}

export { registry };

/** Starts a test server on a free port of 127.0.0.1 and answers the port. */
export async function listenLocally(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Answers JSON: the status, the value, and headers besides its content type. */
export type JsonReply = (status: number, value: unknown, headers?: Record<string, string>) => void;

/**
 * An HTTP server for tests that speaks a provider's API: the handler gets each
 * request with its body read whole, and `json` to answer with (as `contentType`).
 */
export function fakeApiServer(
  handle: (req: IncomingMessage, res: ServerResponse, raw: string, json: JsonReply) => unknown,
  contentType = 'application/json',
): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const json: JsonReply = (status, value, headers = {}) =>
        void res.writeHead(status, { 'content-type': contentType, ...headers }).end(JSON.stringify(value));
      void handle(req, res, Buffer.concat(chunks).toString(), json);
    });
  });
}

/** Runs a block with the suite's credential, or with some of its fields changed (a revoked token, say). */
export type ProviderRun = (block: string, inputs: Record<string, unknown>, changedFields?: Record<string, string>) => Promise<NodeRunRecord>;

/**
 * For a suite of blocks against a fake provider: listens with `server` on
 * 127.0.0.1 before the suite and closes it after; the credential is made for
 * the server's base URL.
 */
export function providerSuite(server: Server, credential: (baseUrl: string) => Credential): ProviderRun {
  let made: Credential | undefined;
  beforeAll(async () => {
    made = credential(`http://127.0.0.1:${await listenLocally(server)}`);
  });
  afterAll(() => closeServer(server));
  return (block, inputs, changedFields = {}) => {
    if (!made) throw new Error('providerSuite: run a block inside a test, once the suite has started the server');
    return runBlock(block, inputs, { allowPrivateNetwork: true }, { credentials: [{ ...made, fields: { ...made.fields, ...changedFields } }] });
  };
}
