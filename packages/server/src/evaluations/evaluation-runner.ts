import { addUsage, type UsageTotals } from '@blocksmith/sdk';
import {
  caseScore,
  evaluatorAgentInputs,
  judgePrompt,
  outputValue,
  runsAsRun,
  scoreOutput,
  summarize,
  verdictOf,
  type BlockRegistry,
  type CaseOutcome,
  type GraphRunRecord,
  type OutputScore,
  type RunEvaluatorSpec,
} from '@blocksmith/engine';
import type { Evaluation, EvaluationCase, Owner, Store } from '@blocksmith/store';
import { asRefusal } from '../platform/refusal.ts';
import type { RunService } from '../runs/run-service.ts';

/** An evaluation as the runner works on it: what it is for and what is left. */
interface Active {
  evaluation: Evaluation;
  owner: Owner;
  stopped: boolean;
  /** Runs in flight, stopped when the evaluation is. */
  running: Set<string>;
  outcomes: CaseOutcome[];
  total: number;
  /** Another server took it over (this one's lease ran out) or stopped it: this one lets it go. */
  lost: boolean;
}

/** Which server this is, for leases, and how long a lease lasts; `exclusive`: the only process on the data (embedded). */
export interface RunnerIdentity {
  runnerId: string;
  leaseMs: number;
  exclusive: boolean;
}

/**
 * Runs evaluations: an agent version over a dataset's cases, `concurrency` cases at a time, each case an
 * ordinary run of the agent (trigger `evaluation`), its outputs scored by the evaluation's evaluators —
 * in place, or by a model judge's or an evaluator agent's own run — and recorded as it ends. The totals
 * are written after every case, so a page shows progress. A server works on an evaluation under a lease it
 * renews; an evaluation whose server stopped — its lease run out, or at the start of the embedded server —
 * is taken over and goes on from its cases without a result.
 */
export class EvaluationRunner {
  private readonly active = new Map<string, Active>();
  private closed = false;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly runs: RunService,
    private readonly registry: BlockRegistry,
    private readonly identity: RunnerIdentity,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Continues the evaluations no server works on (all RUNNING ones for the embedded server), then keeps
   * the leases of its own and takes over those whose server stopped, a third of a lease apart.
   */
  async start(): Promise<void> {
    await this.takeOver(this.identity.exclusive);
    this.heartbeat = setInterval(
      () => void this.beat().catch((error: unknown) => this.log(`evaluation leases: ${String(error)}`)),
      Math.floor(this.identity.leaseMs / 3),
    );
    this.heartbeat.unref();
  }

  /** Starts working through a recorded evaluation once this server holds it; resolves when every case has ended (or it was stopped). */
  async run(evaluation: Evaluation, owner: Owner, force = false): Promise<void> {
    const now = Date.now();
    if (this.closed || !(await this.store.evaluations.claim(evaluation.id, this.identity.runnerId, now, now + this.identity.leaseMs, force))) return;
    return this.work(evaluation, owner).catch((error: unknown) => this.log(`evaluation ${evaluation.id} could not go on: ${String(error)}`));
  }

  /**
   * Stops an evaluation: no more cases start, the runs in flight are stopped, and it ends TERMINATED. One
   * another server works on ends here; that server sees it when it renews its lease, and lets it go.
   */
  async stop(evaluation: Evaluation): Promise<void> {
    const active = this.active.get(evaluation.id);
    if (!active) {
      if (evaluation.status === 'RUNNING')
        await this.store.evaluations.update(evaluation.id, { summary: evaluation.summary ?? summarize([], 0, evaluation.threshold), status: 'TERMINATED' });
      return;
    }
    active.stopped = true;
    await Promise.all([...active.running].map((runId) => this.runs.stop(evaluation.workspaceId, runId).catch(() => undefined)));
  }

  /** Lets the evaluations in flight stop taking cases; they stay RUNNING and are taken over (here at the next start, or by another server). */
  close(): void {
    this.closed = true;
    clearInterval(this.heartbeat);
  }

  /** Renews the leases of the evaluations this server works on (one it lost is let go), then takes over the ones nobody holds. */
  private async beat(): Promise<void> {
    const now = Date.now();
    for (const [id, active] of this.active) {
      if (!(await this.store.evaluations.claim(id, this.identity.runnerId, now, now + this.identity.leaseMs))) {
        active.lost = true;
        active.stopped = true;
      }
    }
    await this.takeOver(false);
  }

  /** Takes over the evaluations no server holds (`all`: every RUNNING one, for the only process on the data). */
  private async takeOver(all: boolean): Promise<void> {
    for (const evaluation of await this.store.evaluations.unclaimed(Date.now(), all)) {
      if (this.closed || this.active.has(evaluation.id)) continue;
      if (!evaluation.userId) {
        await this.end(evaluation, [], 0, 'FAILED', 'The member who started this evaluation has left; start it again.');
        continue;
      }
      void this.run(evaluation, { workspaceId: evaluation.workspaceId, userId: evaluation.userId }, all);
    }
  }

  private async work(evaluation: Evaluation, owner: Owner): Promise<void> {
    const cases = await this.store.evaluations.cases(evaluation.id);
    const pending = cases.filter((c) => c.status === 'PENDING');
    const active: Active = {
      evaluation,
      owner,
      stopped: false,
      running: new Set(),
      outcomes: cases.filter((c) => c.status !== 'PENDING').map(outcomeOf),
      total: cases.length,
      lost: false,
    };
    this.active.set(evaluation.id, active);
    try {
      const queue = [...pending];
      const worker = async () => {
        for (let next = queue.shift(); next && !active.stopped && !this.closed; next = queue.shift()) {
          active.outcomes.push(await this.runCase(active, next));
          await this.store.evaluations.update(evaluation.id, { summary: summarize(active.outcomes, active.total, evaluation.threshold) });
        }
      };
      await Promise.all(Array.from({ length: Math.min(evaluation.concurrency, Math.max(1, pending.length)) }, worker));
      if ((this.closed && !active.stopped) || active.lost) return;
      await this.end(evaluation, active.outcomes, active.total, active.stopped ? 'TERMINATED' : 'COMPLETED');
    } catch (error) {
      // A fault (the database away), not a case's failure: the evaluation ends FAILED with what it had.
      await this.end(evaluation, active.outcomes, active.total, 'FAILED', String(error));
    } finally {
      this.active.delete(evaluation.id);
    }
  }

  private async end(evaluation: Evaluation, outcomes: CaseOutcome[], total: number, status: 'COMPLETED' | 'TERMINATED' | 'FAILED', error?: string) {
    await this.store.evaluations.update(evaluation.id, { summary: summarize(outcomes, total, evaluation.threshold), status, ...(error ? { error } : {}) });
  }

  /** Runs one case and its evaluators, and records how it ended. */
  private async runCase(active: Active, one: EvaluationCase): Promise<CaseOutcome> {
    const { evaluation } = active;
    const trigger = { kind: 'evaluation' as const, evaluationId: evaluation.id, caseId: one.caseId };
    const run = await this.startAndWait(active, evaluation.graphId, one.inputs, { version: evaluation.graphVersion, trigger }, (runId) =>
      this.store.evaluations.caseStarted(evaluation.id, one.caseId, runId),
    );
    if ('refused' in run) {
      const scores: OutputScore[] = [];
      await this.store.evaluations.caseEnded(evaluation.id, { caseId: one.caseId, status: 'FAILED', scores, score: 0, error: run.refused });
      return { caseId: one.caseId, status: 'FAILED', scores };
    }
    let usage: UsageTotals | undefined = run.usage;
    const scores: OutputScore[] = [];
    if (run.status === 'COMPLETED') {
      for (const spec of evaluation.evaluators) {
        const actual = outputValue(run.outputs, spec.output);
        const expectation = { has: Object.hasOwn(one.expected, spec.output), value: one.expected[spec.output] };
        if (!runsAsRun(spec)) {
          const scored = scoreOutput(spec, actual, expectation);
          if (scored) scores.push(scored);
          continue;
        }
        const judged = await this.scoreByRun(active, one, spec, {
          output: actual,
          ...(expectation.has ? { expected: expectation.value } : {}),
          inputs: one.inputs,
        });
        scores.push(judged.score);
        if (judged.usage) usage = addUsage(usage, judged.usage);
      }
    }
    const latencyMs = run.endedAt !== undefined ? run.endedAt - (run.startedAt ?? run.createdAt) : undefined;
    const ended: CaseOutcome = { caseId: one.caseId, status: run.status, scores, usage, latencyMs };
    await this.store.evaluations.caseEnded(evaluation.id, {
      caseId: one.caseId,
      runId: run.id,
      status: run.status,
      outputs: run.outputs,
      scores,
      score: caseScore(run.status, scores),
      ...(usage ? { usage } : {}),
      ...(latencyMs !== undefined ? { latencyMs } : {}),
      ...(run.error ? { error: run.error } : {}),
    });
    return ended;
  }

  /** A model judge's or an evaluator agent's run over one output of a case, and the score it gave. */
  private async scoreByRun(
    active: Active,
    one: EvaluationCase,
    spec: RunEvaluatorSpec,
    under: Parameters<typeof judgePrompt>[1],
  ): Promise<{ score: OutputScore; usage?: UsageTotals | undefined }> {
    const { evaluation } = active;
    const base = { kind: 'evaluation' as const, evaluationId: evaluation.id, caseId: one.caseId };
    const declared = spec.kind === 'agent' ? await this.inputNames(evaluation.workspaceId, spec) : [];
    const started =
      spec.kind === 'judge'
        ? await this.startAndWait(
            active,
            evaluation.graphId,
            {},
            {
              version: evaluation.graphVersion,
              trigger: {
                ...base,
                judge: {
                  output: spec.output,
                  model: spec.model,
                  ...(spec.credential ? { credential: spec.credential } : {}),
                  prompt: judgePrompt(spec.rubric, under),
                },
              },
            },
          )
        : await this.startAndWait(active, spec.graphId, evaluatorAgentInputs(declared, under, spec.output), {
            version: spec.version,
            trigger: { ...base, scores: spec.output },
          });
    const who = spec.kind === 'judge' ? "The judge's run" : `Evaluator agent ${spec.graphId}`;
    if ('refused' in started) return { score: { output: spec.output, evaluator: spec.kind, score: 0, reason: `${who} could not start: ${started.refused}` } };
    const verdict =
      started.status === 'COMPLETED'
        ? verdictOf(spec, started.outputs)
        : { score: 0, reason: `${who} ${started.status === 'TERMINATED' ? 'was stopped' : `failed: ${started.error ?? 'no reason given'}`}.` };
    return { score: { output: spec.output, evaluator: spec.kind, ...verdict, runId: started.id }, usage: started.usage };
  }

  /** Starts a run for the evaluation's member and waits for its end; a refusal to start (bad inputs, a missing agent) is a result, not a crash. */
  private async startAndWait(
    active: Active,
    graphId: string,
    inputs: Record<string, unknown>,
    options: Parameters<RunService['start']>[3],
    onStart?: (runId: string) => Promise<void>,
  ): Promise<GraphRunRecord | { refused: string }> {
    let started;
    try {
      started = await this.runs.start(active.owner, graphId, inputs, options);
    } catch (error) {
      const refusal = asRefusal(error);
      if (!refusal) throw error;
      return { refused: refusal.message };
    }
    active.running.add(started.runId);
    try {
      await onStart?.(started.runId);
      return await started.done;
    } finally {
      active.running.delete(started.runId);
    }
  }

  /** The Input names of an evaluator agent's version, which decide what it is given (none when it is gone: its run then says so). */
  private async inputNames(workspaceId: string, spec: Extract<RunEvaluatorSpec, { kind: 'agent' }>): Promise<string[]> {
    const found = await this.store.graphs.version(workspaceId, spec.graphId, spec.version);
    if (!found) return [];
    return found.graph.nodes.flatMap((n) => (this.registry.get(n.block)?.kind === 'input' && typeof n.inputs?.name === 'string' ? [n.inputs.name] : []));
  }
}

const outcomeOf = (c: EvaluationCase): CaseOutcome => ({
  caseId: c.caseId,
  status: c.status === 'PENDING' ? 'FAILED' : c.status,
  scores: c.scores ?? [],
  usage: c.usage,
  latencyMs: c.latencyMs,
});
