import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine, type GraphRunRecord } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../platform/refusal.ts';
import { ErrorAgents } from './error-agents.ts';
import type { RunService } from './run-service.ts';

const NOW = 1_800_000_000_000;
const LEASE = 60_000;
const graph = (name: string) => ({ schemaVersion: 1 as const, name, nodes: [{ id: 'failure', block: 'input', inputs: { name: 'failure' } }], links: [] });

describe.each(TEST_DIALECTS)('error agents on %s', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };
  let agentId: string;
  let errorAgentId: string;
  /** Every start the error agents asked for, as the run service got it. */
  const starts: { graphId: string; inputs: Record<string, unknown>; trigger: unknown }[] = [];
  let refuseWith: Error | undefined;
  const runs: Pick<RunService, 'start'> = {
    async start(_owner, graphId, inputs, { trigger }) {
      if (refuseWith) throw refuseWith;
      starts.push({ graphId, inputs, trigger });
      return { runId: `error-run-${starts.length}` } as Awaited<ReturnType<RunService['start']>>;
    },
  };
  const engine = new Engine({ registry: new BlockRegistry(standardBlocks) });
  const server = (claimer: string) => new ErrorAgents({ store, engine, runs }, { claimer, leaseMs: LEASE });

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'e@x.test', passwordHash: 'h', isOwner: true });
    owner = { workspaceId: user.id, userId: user.id };
    agentId = (await store.graphs.create(owner, graph('Fails'))).id;
    errorAgentId = (await store.graphs.create(owner, graph('On failure'))).id;
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const failedRun = async (id: string, endedAt: number, extra: Partial<GraphRunRecord> = {}) => {
    store.runStore.saveGraphRun({
      id,
      graphId: agentId,
      graphVersion: 1,
      graphName: 'Fails',
      depth: 0,
      status: 'FAILED',
      error: 'Node "divide" failed: Division by zero',
      inputs: { a: 7 },
      outputs: {},
      ...owner,
      createdAt: endedAt - 10,
      endedAt,
      ...extra,
    });
    store.runStore.saveNodeRun({
      id: `${id}.1`,
      graphRunId: id,
      nodeId: 'divide',
      blockId: 'math.arithmetic',
      seq: 1,
      status: 'FAILED',
      inputs: { a: 7, b: 0 },
      outputs: {},
      error: { message: 'Division by zero', kind: 'block' },
      attempts: 1,
      createdAt: endedAt - 5,
    });
    await store.runStore.flush();
  };

  it('answers only failures after the error agent was named, once, whichever server sweeps, with the failure as its input', async () => {
    await failedRun('before', NOW - 5000);
    await store.graphs.setErrorAgent(owner.workspaceId, agentId, errorAgentId, NOW - 1000);
    await failedRun('after', NOW - 500);
    const [a, b] = [server('a'), server('b')];
    // Two servers at once: one claim wins.
    const started = await Promise.all([a.sweep(NOW), b.sweep(NOW)]);
    expect(started[0]! + started[1]!).toBe(1);
    expect(starts).toEqual([
      {
        graphId: errorAgentId,
        trigger: { kind: 'error', failedRunId: 'after' },
        inputs: {
          failure: {
            runId: 'after',
            agent: { id: agentId, name: 'Fails', version: 1 },
            node: { id: 'divide', block: 'math.arithmetic', error: 'Division by zero' },
            error: 'Node "divide" failed: Division by zero',
            inputs: { a: 7 },
            endedAt: NOW - 500,
          },
        },
      },
    ]);
    expect(await store.errorAgentFires.fire('after')).toEqual({ errorRunId: 'error-run-1' });
    // Later sweeps, long after any lease, start nothing more.
    expect(await a.sweep(NOW + 10 * LEASE)).toBe(0);
    expect(await store.errorAgentFires.fire('before')).toBeUndefined();
  });

  it('takes over a claim whose server died before starting the run, once its lease has run out', async () => {
    starts.length = 0;
    await failedRun('orphaned', NOW + 1000);
    // Server a claims, then dies before the start (a fault, not a refusal: the claim stays).
    refuseWith = new Error('connection lost');
    expect(await server('a').sweep(NOW + 2000)).toBe(0);
    refuseWith = undefined;
    const restarted = server('a-after-restart');
    expect(await restarted.sweep(NOW + 2000 + LEASE - 1)).toBe(0);
    expect(starts).toEqual([]);
    expect(await restarted.sweep(NOW + 2000 + LEASE + 1)).toBe(1);
    expect(starts.map((s) => s.trigger)).toEqual([{ kind: 'error', failedRunId: 'orphaned' }]);
    expect(await restarted.sweep(NOW + 2000 + 3 * LEASE)).toBe(0);
  });

  it('looks back over the whole day only now and then, and meanwhile at the last minutes', async () => {
    starts.length = 0;
    const watcher = server('c');
    expect(await watcher.sweep(NOW + 3 * 60 * 60_000)).toBe(0);
    // A failure an hour old that no server saw (all were stopped then): not among the last minutes.
    await failedRun('while-stopped', NOW + 2 * 60 * 60_000);
    expect(await watcher.sweep(NOW + 3 * 60 * 60_000 + 2_000)).toBe(0);
    expect(await watcher.sweep(NOW + 3 * 60 * 60_000 + 5 * 60_000)).toBe(1);
    expect(starts.map((s) => s.trigger)).toEqual([{ kind: 'error', failedRunId: 'while-stopped' }]);
  });

  it('keeps a refusal as the answer, and starts no error agent for an error agent run that failed', async () => {
    starts.length = 0;
    await failedRun('refused', NOW + 3000);
    refuseWith = new Refusal('invalid', 'invalid_inputs', 'Unknown run input "failure": this graph has no Input blocks.');
    expect(await server('a').sweep(NOW + 4000)).toBe(0);
    refuseWith = undefined;
    expect(await store.errorAgentFires.fire('refused')).toEqual({ problem: 'Unknown run input "failure": this graph has no Input blocks.' });
    expect(await server('b').sweep(NOW + 4000 + 2 * LEASE)).toBe(0);

    await failedRun('chained', NOW + 5000, { trigger: { kind: 'error', failedRunId: 'refused' } });
    expect(await server('a').sweep(NOW + 6000)).toBe(0);
    expect(starts).toEqual([]);
    expect((await store.errorAgentFires.fire('chained'))?.problem).toContain('cannot chain');
  });
});
