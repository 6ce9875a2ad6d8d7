import { systemClock, type Clock, type Engine } from '@blocksmith/engine';
import type { Store, UnansweredFailure } from '@blocksmith/store';
import { asRefusal, notFound, Refusal } from '../platform/refusal.ts';
import type { RunService } from './run-service.ts';
import { failedNodeRun } from './failed-node-run.ts';
import { periodic, type Periodic } from '../util/periodic.ts';

/** What an error agent's `failure` input receives. */
export interface Failure {
  runId: string;
  agent: { id: string; name: string; version?: number };
  /** The node that failed first, when one did (a run can also fail on a limit or a budget). */
  node?: { id: string; block: string; error?: string };
  error?: string;
  inputs: Record<string, unknown>;
  endedAt: number;
}

/**
 * Refuses an error agent that could never answer: not an agent of the workspace, the agent itself, or one
 * whose latest version has no Input named `failure` to receive the failure.
 */
export async function checkErrorAgent(store: Store, workspaceId: string, graphId: string, errorAgentId: string): Promise<void> {
  if (errorAgentId === graphId) throw new Refusal('invalid', 'invalid_error_agent', 'An agent cannot be its own error agent: name another agent.');
  const agent = await store.graphs.version(workspaceId, errorAgentId);
  if (!agent) throw notFound(`Error agent ${errorAgentId}`);
  const takesFailure = agent.graph.nodes.some((node) => node.block === 'input' && node.inputs?.name === 'failure');
  if (!takesFailure) {
    throw new Refusal(
      'invalid',
      'invalid_error_agent',
      `Agent "${agent.summary.name}" has no Input block named "failure": add one to it, to receive the failed run, then name it as the error agent.`,
    );
  }
}

export interface ErrorAgentOptions {
  /** This process among the servers, for claims. */
  claimer: string;
  /** A claim whose server started no run within this is taken over (its server died in between). */
  leaseMs?: number;
  everyMs?: number;
  /** Failures older than this when first seen get no error agent (a server down for days does not fire a backlog). */
  windowMs?: number;
}

const BATCH = 20;
/** How often a sweep looks back over the whole window; the others look only as far back as a claim can lapse. */
const FULL_LOOK_EVERY_MS = 5 * 60_000;

/**
 * Runs each agent's error agent once per failed run of it (docs/publishing.md): every API server looks every
 * `everyMs` for failed runs no error agent was started for, claims each (one server wins), and starts the
 * error agent with a `failure` input. A server that dies between the claim and the start loses its claim when
 * the lease runs out, so the failure is answered once, also across a restart. An error agent's own failure
 * starts none, so failures cannot chain.
 */
export class ErrorAgents {
  private rounds: Periodic | undefined;
  private readonly leaseMs: number;
  private readonly everyMs: number;
  private readonly windowMs: number;
  private fullLookAt: number | undefined;

  constructor(
    private readonly deps: { store: Store; engine: Engine; runs: Pick<RunService, 'start'> },
    private readonly options: ErrorAgentOptions,
    private readonly clock: Clock = systemClock,
    private readonly onError: (message: string) => void = () => undefined,
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.everyMs = options.everyMs ?? 2_000;
    this.windowMs = options.windowMs ?? 24 * 60 * 60 * 1000;
  }

  /** Answers the failures unanswered at `now`; how many error agent runs it started. */
  async sweep(now = this.clock.now()): Promise<number> {
    // Most sweeps read only the failures of the last minutes — new ones, and claims that lapsed — so a
    // flood of failures elsewhere costs a sweep little; a full look now and then finds what a stopped or
    // slow server left further back.
    const full = this.fullLookAt === undefined || now - this.fullLookAt >= FULL_LOOK_EVERY_MS;
    if (full) this.fullLookAt = now;
    const since = now - (full ? this.windowMs : 2 * this.leaseMs + 10 * this.everyMs);
    let started = 0;
    for (const failure of await this.deps.store.errorAgentFires.unanswered(since, now - this.leaseMs, BATCH)) {
      if (!(await this.deps.store.errorAgentFires.claim(failure.runId, this.options.claimer, now, now - this.leaseMs))) continue;
      if (failure.trigger?.kind === 'error') {
        await this.deps.store.errorAgentFires.answered(failure.runId, {
          problem: "An error agent's own failure starts no error agent, so failures cannot chain.",
        });
        continue;
      }
      try {
        const run = await this.deps.runs.start(
          { workspaceId: failure.workspaceId, userId: failure.userId },
          failure.errorAgentId,
          { failure: await this.describe(failure) },
          { trigger: { kind: 'error', failedRunId: failure.runId } },
        );
        await this.deps.store.errorAgentFires.answered(failure.runId, { errorRunId: run.runId });
        started++;
      } catch (error) {
        // A refusal (the error agent was deleted, or takes no `failure` input) is kept as the answer; any other
        // fault leaves the claim to run out, and the failure is tried again then.
        const refusal = asRefusal(error);
        if (refusal) await this.deps.store.errorAgentFires.answered(failure.runId, { problem: refusal.message });
        else this.onError(`Error agent for run ${failure.runId}: ${String(error)}; tried again when the claim runs out.`);
      }
    }
    return started;
  }

  private async describe(failure: UnansweredFailure): Promise<Failure> {
    // The node it failed at as get_failed_node finds it: the first failure nothing handled.
    const failed = await failedNodeRun(this.deps, failure.workspaceId, {
      id: failure.runId,
      graphId: failure.graphId,
      ...(failure.graphVersion !== undefined ? { graphVersion: failure.graphVersion } : {}),
    });
    return {
      runId: failure.runId,
      agent: { id: failure.graphId, name: failure.graphName, ...(failure.graphVersion !== undefined ? { version: failure.graphVersion } : {}) },
      ...(failed ? { node: { id: failed.nodeId, block: failed.blockId, ...(failed.error ? { error: failed.error.message } : {}) } } : {}),
      ...(failure.error !== undefined ? { error: failure.error } : {}),
      inputs: failure.inputs,
      endedAt: failure.endedAt,
    };
  }

  start(): void {
    this.rounds ??= periodic(
      this.clock,
      this.everyMs,
      () => this.sweep(),
      (error) => this.onError(`Error agents: the look for failed runs failed and is tried again: ${String(error)}`),
    );
  }

  async stop(): Promise<void> {
    await this.rounds?.stop();
  }
}
