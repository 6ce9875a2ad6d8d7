import {
  addUsage,
  BlockError,
  jsonLargerThan,
  toErrorValue,
  type AgentTool,
  type BlockErrorValue,
  type ModelUsage,
  type ProgressUpdate,
  type ReviewDecision,
  type ReviewRequest,
  type ToolResult,
  type UsageTotals,
  ownProperty,
} from '@blocksmith/sdk';
import type { z } from 'zod';
import type { NodeRunOutputEvent, NodeRunStatusEvent } from '../ports/events.ts';
import { assembleInputs } from './assemble-inputs.ts';
import { budgetMessage, reachedBudget } from './budget.ts';
import type { GraphRunDeps } from './graph-run-deps.ts';
import { redact } from './credentials.ts';
import { NodeRunContext, type NodeRunHost } from './node-run-context.ts';
import { backoffDelay } from './backoff.ts';
import type { CompiledGraph, CompiledNode, ToolBinding } from './compiled-types.ts';
import { NodeInbox } from './node-inbox.ts';
import { hasEnded, nodeRunId, type GraphRunRecord, type NodeRunRecord } from './records.ts';
import { ReviewWaits, waitForDecision } from './review-waits.ts';
import { BlockAttempt, type AttemptOutcome } from './run-attempt.ts';
import { replaySteps } from './replay-steps.ts';
import { pinnedOutputIssues } from './pinned-outputs.ts';
import { ToolCalls } from './tool-calls.ts';
import { OutputGate } from './output-gate.ts';

const NO_RETRY = { attempts: 1 };

const sizeText = (bytes: number): string =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One node run's attempts: what every attempt of it shares. */
interface Attempting {
  run: NodeRunRecord;
  compiled: CompiledNode;
  input: Record<string, unknown>;
  context: NodeRunContext;
}

/** `next` of a value at once, or of a promise when it settles: the synchronous fast path of blocks that never await. */
function thenOrNow<T>(value: T | Promise<T>, next: (value: T) => Promise<void> | void): Promise<void> | void {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * One execution of a compiled graph: creates node runs as values arrive,
 * queues them when ready, runs them under the concurrency limit and ends when
 * nothing is running or ready.
 *
 * The loop, in the order a value travels:
 * - `start` queues the nodes without linked inputs; `pump` starts queued node
 *   runs while slots are free (`occupySlot` → `execute`).
 * - `execute` replays a recorded result or checks the inputs, then `attempt`
 *   runs the block; `afterAttempt` completes, fails or retries after a backoff.
 * - Each yielded value goes `emitOutput` → `putOut` (record, event) →
 *   `deliver` into the sinks' inboxes, which create the node runs it makes
 *   ready (`createNodeRun`, `enqueue`).
 * - Agents call tools through `ToolCalls` (tool node runs outside the limit,
 *   `runTool`); reviews wait through `ReviewWaits` without holding a slot.
 * - `maybeFinish` ends the run once nothing runs or waits in the queue.
 *
 * A block that never awaits runs to its end synchronously: the methods on
 * that path answer `Promise<void> | void` so such chains cost no promise
 * (`thenOrNow` keeps that in one place).
 */
export class GraphRun implements NodeRunHost {
  readonly record: GraphRunRecord;
  readonly done: Promise<GraphRunRecord>;
  private resolveDone!: (record: GraphRunRecord) => void;
  /** Made when a block or sub-run first asks for the run's signal: most runs never do, and an AbortSignal is costly. */
  private controller: AbortController | undefined;
  /** Why the run was stopped; set once, by `cancel`. */
  private stopReason: BlockError | undefined;
  private readonly inboxes = new Map<string, NodeInbox>();
  /** The compiled node of each node run, by seq. */
  private readonly nodeOf: CompiledNode[] = [];
  private readonly queue: NodeRunRecord[] = [];
  private readonly attempts = new Set<BlockAttempt>();
  private queueHead = 0;
  private running = 0;
  /** Holds blocks that put out faster than their node runs start: the queue, and so memory, stays bounded. */
  private readonly gate = new OutputGate(() => this.queue.length - this.queueHead);
  /** Node runs waiting for a review's decision; they hold no concurrency slot. */
  private readonly reviews = new ReviewWaits();
  private readonly tools: ToolCalls;
  private seq = 0;
  private unhandledError?: string;
  private limitExceeded = false;
  private finished = false;
  private pumping = false;

  constructor(
    private readonly graph: CompiledGraph,
    record: GraphRunRecord,
    readonly deps: GraphRunDeps,
  ) {
    this.record = record;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    this.tools = new ToolCalls(
      (agentRun) => this.nodeOf[agentRun.seq]!.tools,
      (agentRun, tool, inputs) => this.runTool(agentRun, tool, inputs),
    );
    for (const compiled of graph.nodes) {
      this.inboxes.set(compiled.node.id, new NodeInbox(compiled.linkedPins.length, (at) => this.createNodeRun(compiled, at)));
    }
  }

  get runId(): string {
    return this.record.id;
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.stopReason) this.controller.abort(this.stopReason);
    }
    return this.controller.signal;
  }

  start(): void {
    this.setStatus('RUNNING');
    const at = this.deps.clock.now();
    this.record.startedAt = at;
    try {
      for (const compiled of this.graph.nodes) {
        if (compiled.linkedPins.length === 0 && compiled.block.kind !== 'note' && !compiled.toolOf) this.enqueue(this.createNodeRun(compiled, at), at);
      }
    } catch (error) {
      // More starting nodes than the run may have node runs: the run has been stopped with the limit's message.
      if (!this.limitExceeded) throw error;
    }
    this.pump();
    this.maybeFinish();
  }

  /**
   * Stops the run as failed — a limit of the run was reached (its node runs, a budget): nothing new starts,
   * running blocks end with the reason as their error (`kind`), and the run ends FAILED with it.
   */
  private stopFailed(message: string, kind: 'limit' | 'budget'): void {
    if (this.limitExceeded || this.finished) return;
    this.limitExceeded = true;
    this.unhandledError = message;
    this.cancel(message, kind);
  }

  /** Stops the run: nothing new starts, running blocks are aborted. */
  cancel(reason = 'The run was stopped.', kind = 'cancelled'): void {
    if (this.finished || this.stopReason) return;
    const error = new BlockError(kind, reason);
    this.stopReason = error;
    this.controller?.abort(error);
    for (const attempt of this.attempts) attempt.interrupt(error, true);
    this.gate.releaseAll();
    while (this.queueHead < this.queue.length) {
      const run = this.queue[this.queueHead++]!;
      this.endNodeRun(run, 'TERMINATED', { message: reason, kind });
    }
    this.maybeFinish();
  }

  /**
   * A new node run, or — past the run's limit — the refusal that stops the run at once. The
   * refusal is thrown into whatever was delivering (a block yielding a fan-out fails with it
   * at that yield), so no node run beyond the limit is ever made, and memory stays bounded
   * even for a block that yields without ever awaiting.
   */
  private createNodeRun(compiled: CompiledNode, at: number): NodeRunRecord {
    if (this.seq >= this.deps.nodeRunLimit.max) {
      const message = this.deps.nodeRunLimit.message;
      this.stopFailed(message, 'limit');
      throw new BlockError('limit', message, { retriable: false });
    }
    this.seq++;
    const run: NodeRunRecord = {
      id: nodeRunId(this.record.id, this.seq),
      graphRunId: this.record.id,
      nodeId: compiled.node.id,
      blockId: compiled.block.id,
      seq: this.seq,
      status: 'INCOMPLETE',
      inputs: {},
      outputs: {},
      attempts: 0,
      createdAt: at,
    };
    this.nodeOf[run.seq] = compiled;
    return run;
  }

  private enqueue(run: NodeRunRecord, at: number): void {
    if (this.prepare(run, at)) this.queue.push(run);
  }

  /** Assembles the node run's inputs and marks it queued; false when the run was stopped meanwhile. */
  private prepare(run: NodeRunRecord, at: number): boolean {
    const compiled = this.nodeOf[run.seq]!;
    run.inputs = assembleInputs(compiled.node.inputs, run.inputs, compiled.hasCompositePins);
    if (compiled.block.kind === 'input') this.injectRunInput(run);
    if (this.stopReason) {
      this.endNodeRun(run, 'TERMINATED', { message: 'The run was stopped.', kind: 'cancelled' });
      return false;
    }
    run.status = 'QUEUED';
    run.queuedAt = at;
    this.saveAndPublishStatus(run, run.queuedAt);
    return true;
  }

  callTool(agentRun: NodeRunRecord, name: string, args: Record<string, unknown>): Promise<ToolResult> {
    return this.tools.call(agentRun, name, args);
  }

  listTools(agentRun: NodeRunRecord): Promise<AgentTool[]> {
    return this.tools.list(agentRun);
  }

  /**
   * Runs a tool node for its agent, outside the concurrency limit: the agent
   * holds a slot while it waits, so queueing the tool could deadlock.
   */
  private async runTool(agentRun: NodeRunRecord, tool: ToolBinding, inputs: Record<string, unknown>): Promise<ToolResult> {
    const at = this.deps.clock.now();
    const run = this.createNodeRun(tool.compiled, at);
    run.inputs = { ...inputs };
    if (this.prepare(run, at)) {
      this.running++;
      this.tools.calling(agentRun, +1);
      try {
        await this.execute(run);
      } catch (error) {
        this.failInternally(run, error);
      } finally {
        this.running--;
        this.tools.calling(agentRun, -1);
      }
    }
    const status = run.status === 'COMPLETED' || run.status === 'FAILED' ? run.status : 'TERMINATED';
    return { nodeRunId: run.id, status, outputs: run.outputs, ...(run.error ? { error: run.error.message } : {}) };
  }

  private injectRunInput(run: NodeRunRecord): void {
    const name = run.inputs.name;
    if (typeof name === 'string' && Object.hasOwn(this.record.inputs, name)) run.inputs.value = this.record.inputs[name];
  }

  /**
   * Starts queued node runs while slots are free. A block that never awaits
   * runs to its end inside this loop, and what it makes ready is queued and
   * started by the same loop rather than by a nested call: a long chain of
   * such blocks then takes no stack depth. The node-run limit is checked here
   * too, since such a chain gives the scheduled stop no turn to run.
   */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (
        this.running - this.reviews.waiting - this.gate.held < this.deps.maxConcurrency &&
        this.queueHead < this.queue.length &&
        !this.stopReason &&
        !this.limitExceeded
      ) {
        const run = this.queue[this.queueHead++]!;
        this.running++;
        this.occupySlot(run);
      }
    } finally {
      this.pumping = false;
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    this.gate.drained();
  }

  /** Executes a node run that holds one of the concurrency slots, and frees the slot when it ends. */
  private occupySlot(run: NodeRunRecord): void {
    let waiting: Promise<void> | void = undefined;
    try {
      waiting = this.execute(run);
    } catch (error) {
      this.failInternally(run, error);
    }
    if (waiting) void waiting.catch((error: unknown) => this.failInternally(run, error)).then(this.freeSlot);
    else this.freeSlot();
  }

  private readonly freeSlot = (): void => {
    this.running--;
    this.pump();
    this.maybeFinish();
    if (this.reviews.waiting > 0) this.settleReviewStatus();
  };

  /**
   * Opens a review for a node run (or finds the one an earlier execution of
   * this run opened) and waits for its decision or its deadline. While it
   * waits the node run is REVIEW and holds no slot.
   */
  async review(run: NodeRunRecord, request: ReviewRequest, ask: number, signal: AbortSignal): Promise<ReviewDecision> {
    const opened = await this.deps.reviews.open({
      ...request,
      runId: this.record.id,
      nodeRunId: run.id,
      nodeId: run.nodeId,
      workspaceId: this.record.workspaceId,
      userId: this.record.userId,
      key: this.reviews.key(run, ask),
    });
    if (opened.decision) return opened.decision;
    signal.throwIfAborted();
    this.enterReview(run, opened.id);
    try {
      return await waitForDecision(this.deps.reviews, this.deps.clock, opened, signal);
    } finally {
      this.leaveReview(run, opened.id);
    }
  }

  /** The reviews this run's node runs wait on now. */
  reviewsAwaited(): string[] {
    return this.reviews.awaited();
  }

  private enterReview(run: NodeRunRecord, reviewId: string): void {
    this.reviews.enter(reviewId);
    run.status = 'REVIEW';
    this.saveAndPublishStatus(run, this.deps.clock.now());
    const { workspaceId, userId } = this.record;
    this.deps.events.publish({
      type: 'review.pending',
      ...this.eventBase(),
      reviewId,
      nodeRunId: run.id,
      nodeId: run.nodeId,
      ...(workspaceId !== undefined ? { workspaceId } : {}),
      ...(userId !== undefined ? { userId } : {}),
    });
    this.pump();
    this.settleReviewStatus();
  }

  private leaveReview(run: NodeRunRecord, reviewId: string): void {
    this.reviews.leave(reviewId);
    if (run.status === 'REVIEW') {
      run.status = 'RUNNING';
      this.saveAndPublishStatus(run, this.deps.clock.now());
    }
    this.settleReviewStatus();
  }

  /** The graph run is REVIEW while reviews wait and nothing else works or is ready; RUNNING again once something is. */
  private settleReviewStatus(): void {
    if (this.finished || this.stopReason) return;
    const working = this.running - this.tools.waitingAgents - this.reviews.waiting;
    const waitsOnPeople = this.reviews.waiting > 0 && working === 0 && this.queueHead >= this.queue.length;
    if (waitsOnPeople && this.record.status === 'RUNNING') this.setStatus('REVIEW');
    else if (!waitsOnPeople && this.record.status === 'REVIEW') this.setStatus('RUNNING');
  }

  /** Runs a node run to its end: at once (undefined) when its block never awaits, else through the promise returned. */
  private execute(run: NodeRunRecord): Promise<void> | void {
    const compiled = this.nodeOf[run.seq]!;
    const { block } = compiled;
    const pinned = this.deps.pins?.get(run.nodeId);
    if (pinned) {
      run.pinned = true;
      const issues = pinnedOutputIssues(block, pinned);
      if (issues.length === 0) return this.replayRecorded(run, compiled, { ...run, status: 'COMPLETED', outputs: pinned, attempts: 0 });
      run.startedAt = this.deps.clock.now();
      return this.fail(run, compiled, {
        kind: 'invalid_pin',
        message: `The outputs pinned on node "${run.nodeId}" do not fit its block: ${issues.join(' ')} Edit or unpin them.`,
      });
    }
    const recorded = this.deps.replay?.take(run.nodeId, run.inputs) ?? this.deps.reuse?.take(run.nodeId, run.inputs);
    if (recorded) return this.replayRecorded(run, compiled, recorded);
    run.status = 'RUNNING';
    run.startedAt = this.deps.clock.now();
    const parsed = block.input.safeParse(run.inputs);
    if (!parsed.success) {
      run.attempts = 1;
      this.saveAndPublishStatus(run, run.startedAt);
      const issue = parsed.error.issues[0];
      const pin = issue?.path.join('.') || 'input';
      return this.fail(run, compiled, {
        kind: 'invalid_input',
        message: `Input "${pin}" of node "${compiled.node.id}" (${block.id}): ${issue?.message ?? 'invalid'}.`,
      });
    }
    return this.attempt({ run, compiled, input: parsed.data, context: new NodeRunContext(this, run, compiled) }, 1);
  }

  /** Attempt number `attempt` of a node run, and what follows it; a promise only when it has to wait. */
  private attempt(attempting: Attempting, attempt: number): Promise<void> | void {
    const { run, compiled, input, context } = attempting;
    run.attempts = attempt;
    context.reviewsAsked = 0;
    this.saveAndPublishStatus(run, attempt === 1 ? run.startedAt! : this.deps.clock.now());
    if (this.stopReason) return this.endNodeRun(run, 'TERMINATED', toErrorValue(this.stopReason));
    const timeoutMs = compiled.node.options?.timeoutMs ?? compiled.block.timeoutMs;
    const running = new BlockAttempt(
      compiled.block.run(input, context),
      context,
      timeoutMs,
      (name, value) => this.emitOutput(run, compiled, name, value),
      this.gate,
    );
    if (!running.result) this.attempts.add(running);
    return thenOrNow(running.result ?? running.ended(), (outcome) => {
      this.attempts.delete(running);
      return this.afterAttempt(attempting, attempt, outcome);
    });
  }

  private afterAttempt({ run, compiled, context, ...rest }: Attempting, attempt: number, outcome: AttemptOutcome): Promise<void> | void {
    if (outcome.ok) return this.complete(run, compiled);
    if (outcome.cancelled) return this.endNodeRun(run, 'TERMINATED', toErrorValue(outcome.error));
    const retry = compiled.node.options?.retry ?? compiled.block.retry ?? NO_RETRY;
    const final = outcome.yielded || attempt >= retry.attempts || (outcome.error instanceof BlockError && !outcome.error.retriable);
    if (final) return this.fail(run, compiled, redact(toErrorValue(outcome.error), context.secrets));
    return this.deps.clock.sleep(backoffDelay(retry, attempt, this.deps.random), this.signal).then(
      () => this.attempt({ run, compiled, context, ...rest }, attempt + 1),
      () => this.endNodeRun(run, 'TERMINATED', { message: 'The run was stopped while waiting to retry.', kind: 'cancelled' }),
    );
  }

  /**
   * Delivers what an earlier execution of this node run recorded, what another run recorded for it
   * (a re-run from a node: marked reusedFrom, its model use not counted again), or the node's pinned
   * outputs, without running the block. A failure replays only into a linked `error` output (rerun-plan.ts).
   */
  private replayRecorded(run: NodeRunRecord, compiled: CompiledNode, recorded: NodeRunRecord): Promise<void> | void {
    const reusedFrom = recorded.reusedFrom ?? (recorded.graphRunId === this.record.id ? undefined : recorded.id);
    run.status = 'RUNNING';
    run.attempts = recorded.attempts;
    if (reusedFrom !== undefined) run.reusedFrom = reusedFrom;
    else {
      // A resumed node run keeps what its block logged when it ran.
      if (recorded.usage) this.addUsage(run, recorded.usage);
      if (recorded.logs) run.logs = recorded.logs;
    }
    const replaying = new BlockAttempt(
      replaySteps(compiled.block, recorded),
      undefined,
      undefined,
      (name, value) => this.emitOutput(run, compiled, name, value),
      this.gate,
    );
    if (!replaying.result) this.attempts.add(replaying);
    return thenOrNow(replaying.result ?? replaying.ended(), (outcome) => {
      this.attempts.delete(replaying);
      if (!outcome.ok) {
        // Refused while delivering (the run's node-run limit) or stopped.
        return outcome.cancelled ? this.endNodeRun(run, 'TERMINATED', toErrorValue(outcome.error)) : this.fail(run, compiled, toErrorValue(outcome.error));
      }
      if (recorded.status === 'FAILED' && recorded.error) this.fail(run, compiled, recorded.error);
      else this.complete(run, compiled);
      // A resumed node run keeps the times of the execution that ran it; its events (sent above) say it started nothing now.
      // A reused or pinned one took no time in this run.
      if (reusedFrom !== undefined || run.pinned) run.startedAt = run.endedAt;
      else {
        if (recorded.startedAt !== undefined) run.startedAt = recorded.startedAt;
        if (recorded.endedAt !== undefined) run.endedAt = recorded.endedAt;
      }
    });
  }

  addUsage(run: NodeRunRecord, usage: ModelUsage | UsageTotals): void {
    run.usage = addUsage(run.usage, usage);
    this.record.usage = addUsage(this.record.usage, usage);
    const reached = this.deps.budgets && reachedBudget(this.deps.budgets, this.record.usage);
    if (reached) this.stopFailed(budgetMessage(reached), 'budget');
  }

  publishProgress(run: NodeRunRecord, progress: ProgressUpdate): void {
    this.deps.events.publish({ type: 'node_run.progress', ...this.eventBase(), nodeRunId: run.id, nodeId: run.nodeId, progress });
  }

  private emitOutput(run: NodeRunRecord, compiled: CompiledNode, name: string, value: unknown): void {
    const schema = ownProperty(compiled.block.output.shape, name) as z.ZodType | undefined;
    if (!schema && !compiled.block.dynamicOutputs) {
      throw new BlockError(
        'invalid_output',
        `Block ${compiled.block.id} yielded unknown output "${name}"; it declares: ${Object.keys(compiled.block.output.shape).join(', ')}.`,
      );
    }
    const check = schema?.safeParse(value);
    if (check && !check.success) {
      throw new BlockError('invalid_output', `Block ${compiled.block.id} yielded an invalid "${name}": ${check.error.issues[0]?.message ?? 'invalid'}.`);
    }
    this.refuseOversized(run, name, value);
    this.putOut(run, compiled, name, value, this.deps.clock.now());
  }

  /**
   * One output is at most maxOutputBytes (as JSON): past it the node fails, naming the size and
   * the setting, before the value is recorded, announced or delivered. Short strings and scalars,
   * most outputs, are let through without measuring.
   */
  private refuseOversized(run: NodeRunRecord, name: string, value: unknown): void {
    const max = this.deps.maxOutputBytes;
    if (!jsonLargerThan(value, max)) return;
    const size = typeof value === 'string' ? `${sizeText(Buffer.byteLength(value) + 2)}` : `more than ${sizeText(max)}`;
    throw new BlockError(
      'output_too_large',
      `Output "${name}" of node "${run.nodeId}" is ${size}; one output may be at most ${sizeText(max)} (BLOCKSMITH_MAX_OUTPUT_BYTES). Put out less, or write it to a file and pass the file on.`,
      { retriable: false },
    );
  }

  /** Keeps a value a node run put out, announces it to whoever watches (an event built field by field) and delivers it. */
  private putOut(run: NodeRunRecord, compiled: CompiledNode, name: string, value: unknown, at: number): void {
    const index = (run.outputs[name] ??= []).push(value) - 1;
    const { events } = this.deps;
    if (events.wantsOutputs?.(this.record.id, this.record.graphId) !== false) {
      const event: NodeRunOutputEvent = {
        type: 'node_run.output',
        runId: this.record.id,
        at,
        nodeRunId: run.id,
        nodeId: run.nodeId,
        output: name,
        index,
        value,
      };
      if (this.record.graphId) event.graphId = this.record.graphId;
      events.publish(event);
    }
    this.deliver(compiled, name, value, at);
  }

  /** `at` is when the value came out: the node runs it creates or completes are created and queued then. */
  private deliver(source: CompiledNode, output: string, value: unknown, at: number): void {
    const deliveries = source.outgoing.get(output);
    // A stopped run makes no new node runs: what is still put out is recorded, not delivered.
    if (!deliveries || this.stopReason) return;
    for (const delivery of deliveries) {
      const ready = this.inboxes.get(delivery.sink.node.id)!.deliver(delivery.pin, value, delivery.static, at);
      for (const run of ready) this.enqueue(run, at);
    }
    this.pump();
  }

  private complete(run: NodeRunRecord, compiled: CompiledNode): void {
    if (compiled.block.kind === 'output' && typeof run.inputs.name === 'string') {
      (this.record.outputs[run.inputs.name] ??= []).push(run.inputs.value);
    }
    this.endNodeRun(run, 'COMPLETED');
  }

  private fail(run: NodeRunRecord, compiled: CompiledNode, error: BlockErrorValue): void {
    this.endNodeRun(run, 'FAILED', error);
    if (compiled.errorHandled) {
      this.putOut(run, compiled, 'error', error, run.endedAt!);
    } else if (!compiled.toolOf) {
      // A tool's failure goes back to its agent as the call's result; the agent decides what it means.
      this.unhandledError ??= `Node "${run.nodeId}" (${run.blockId}) failed: ${error.message}`;
    }
  }

  /** A fault outside the block (a store or event listener threw): the node run fails, the run goes on and ends. */
  private failInternally(run: NodeRunRecord, error: unknown): void {
    const message = `Engine error while running node "${run.nodeId}": ${toErrorValue(error).message}`;
    this.unhandledError ??= message;
    if (hasEnded(run.status)) return;
    run.status = 'FAILED';
    run.error = { message, kind: 'internal' };
    run.endedAt = this.deps.clock.now();
  }

  private endNodeRun(run: NodeRunRecord, status: 'COMPLETED' | 'FAILED' | 'TERMINATED', error?: BlockErrorValue): void {
    run.status = status;
    run.endedAt = this.deps.clock.now();
    if (error) run.error = error;
    this.saveAndPublishStatus(run, run.endedAt);
  }

  /** `at` is the time the record just took, so an event and its record agree (and the clock is read once). */
  private saveAndPublishStatus(run: NodeRunRecord, at: number): void {
    this.deps.store.saveNodeRun(run);
    // Built field by field, not from spreads: this runs several times per node run.
    const event: NodeRunStatusEvent = {
      type: 'node_run.status',
      runId: this.record.id,
      at,
      nodeRunId: run.id,
      nodeId: run.nodeId,
      blockId: run.blockId,
      status: run.status,
      attempt: run.attempts,
    };
    if (this.record.graphId) event.graphId = this.record.graphId;
    if (run.endedAt !== undefined && run.startedAt !== undefined) event.startedAt = run.startedAt;
    if (run.error) event.error = run.error;
    if (run.usage) event.usage = run.usage;
    if (run.reusedFrom !== undefined) event.reusedFrom = run.reusedFrom;
    if (run.pinned) event.pinned = true;
    this.deps.events.publish(event);
  }

  private maybeFinish(): void {
    if (this.finished || this.running > 0) return;
    if (this.queueHead < this.queue.length && !this.stopReason) return;
    this.finished = true;
    for (const inbox of this.inboxes.values()) {
      for (const run of inbox.leftovers()) {
        run.endedAt = this.deps.clock.now();
        this.saveAndPublishStatus(run, run.endedAt);
      }
    }
    this.record.endedAt = this.deps.clock.now();
    if (this.stopReason && !this.limitExceeded) this.setStatus('TERMINATED');
    else if (this.unhandledError !== undefined) this.setStatus('FAILED', this.unhandledError);
    else this.setStatus('COMPLETED');
    void this.deps.store.flush().then(
      () => this.resolveDone(this.record),
      // The records stay with the store, which writes them once it can: the saved record must not carry this.
      (error: unknown) =>
        this.resolveDone({ ...this.record, error: `The run finished but its records could not be saved yet: ${toErrorValue(error).message}` }),
    );
  }

  private setStatus(status: GraphRunRecord['status'], error?: string): void {
    this.record.status = status;
    if (error !== undefined) this.record.error = error;
    this.deps.store.saveGraphRun(this.record);
    this.deps.events.publish({
      type: 'graph_run.status',
      ...this.eventBase(),
      status,
      ...(this.record.workspaceId !== undefined ? { workspaceId: this.record.workspaceId } : {}),
      ...(this.record.userId !== undefined ? { userId: this.record.userId } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(this.record.usage ? { usage: this.record.usage } : {}),
    });
  }

  private eventBase(): { runId: string; graphId?: string; at: number } {
    return { runId: this.record.id, ...(this.record.graphId ? { graphId: this.record.graphId } : {}), at: this.deps.clock.now() };
  }
}
