import { compareCases, regexProblem, type BlockRegistry, type EvaluatorSpec } from '@blocksmith/engine';
import type { Evaluation, EvaluationCase, Owner, Store } from '@blocksmith/store';
import { notFound, Refusal } from '../platform/refusal.ts';
import type { EvaluationRunner } from './evaluation-runner.ts';
import { versionToRun } from '../releases/version-to-run.ts';

/** How many cases of one evaluation run at once, at most: each is a run, and the runs of everyone else go on too. */
export const MAX_EVALUATION_CONCURRENCY = 16;

export interface EvaluationRequest {
  /** The dataset's id or name. */
  dataset: string;
  /** The agent version to evaluate (or `alias`); the latest when neither. */
  version?: number | undefined;
  alias?: string | undefined;
  /** Instead of the dataset's evaluators. */
  evaluators?: EvaluatorSpec[] | undefined;
  threshold?: number | undefined;
  concurrency?: number | undefined;
}

const invalid = (code: string, message: string) => new Refusal('invalid', code, message);

/** Starting, reading, stopping and comparing evaluations; the runner does the work. */
export class EvaluationService {
  constructor(
    private readonly store: Store,
    private readonly runner: EvaluationRunner,
    private readonly registry: BlockRegistry,
  ) {}

  /** Checks the request against the agent version and the dataset, records the evaluation, and starts it (answered at once; it runs on). */
  async start(owner: Owner, graphId: string, request: EvaluationRequest): Promise<Evaluation> {
    const wanted = await versionToRun(this.store, owner.workspaceId, graphId, { version: request.version, alias: request.alias, trigger: { kind: 'manual' } });
    const version = await this.store.graphs.version(owner.workspaceId, graphId, wanted);
    if (!version) throw notFound(wanted === undefined ? `Graph ${graphId}` : `Version ${wanted} of graph ${graphId}`);
    const dataset = await this.store.datasets.find(owner.workspaceId, request.dataset);
    if (!dataset) throw notFound(`Dataset "${request.dataset}"`);
    const cases = (await this.store.datasets.cases(owner.workspaceId, dataset.id)) ?? [];
    if (cases.length === 0)
      throw invalid('empty_dataset', `Dataset "${dataset.name}" has no cases yet: add some (by hand, from a CSV or JSON Lines file, or from past runs).`);
    const evaluators = request.evaluators ?? dataset.evaluators;
    const outputs = new Set(
      version.graph.nodes.flatMap((n) => (this.registry.get(n.block)?.kind === 'output' && typeof n.inputs?.name === 'string' ? [n.inputs.name] : [])),
    );
    await this.checkEvaluators(owner.workspaceId, evaluators, outputs);
    const concurrency = request.concurrency ?? 4;
    if (concurrency > MAX_EVALUATION_CONCURRENCY) throw invalid('invalid_request', `concurrency: at most ${MAX_EVALUATION_CONCURRENCY} cases run at once.`);
    const evaluation = await this.store.evaluations.create(
      owner,
      {
        graphId,
        graphVersion: version.version,
        datasetId: dataset.id,
        datasetName: dataset.name,
        evaluators,
        threshold: request.threshold ?? dataset.threshold,
        concurrency,
      },
      cases,
    );
    void this.runner.run(evaluation, owner);
    return evaluation;
  }

  async get(workspaceId: string, id: string): Promise<{ evaluation: Evaluation; cases: EvaluationCase[] }> {
    const evaluation = await this.store.evaluations.get(workspaceId, id);
    if (!evaluation) throw notFound(`Evaluation ${id}`);
    return { evaluation, cases: await this.store.evaluations.cases(id) };
  }

  async stop(workspaceId: string, id: string): Promise<Evaluation> {
    const { evaluation } = await this.get(workspaceId, id);
    await this.runner.stop(evaluation);
    return (await this.store.evaluations.get(workspaceId, id))!;
  }

  /** Deletes an evaluation that has ended; one running is stopped first. */
  async delete(workspaceId: string, id: string): Promise<void> {
    const { evaluation } = await this.get(workspaceId, id);
    if (evaluation.status === 'RUNNING') {
      throw new Refusal('conflict', 'evaluation_running', `Evaluation ${id} is still running: stop it first, then delete it.`);
    }
    await this.store.evaluations.delete(workspaceId, id);
  }

  /** `head` against `base`, case by case (in head's order, then the cases only base ran). */
  async compare(workspaceId: string, headId: string, baseId: string) {
    const [head, base] = await Promise.all([this.get(workspaceId, headId), this.get(workspaceId, baseId)]);
    const side = (cases: EvaluationCase[]) => cases.filter((c) => c.score !== undefined).map((c) => ({ caseId: c.caseId, score: c.score! }));
    const compared = compareCases(side(base.cases), side(head.cases));
    const byId = (cases: EvaluationCase[]) => new Map(cases.map((c) => [c.caseId, c]));
    const [inBase, inHead] = [byId(base.cases), byId(head.cases)];
    return {
      base: base.evaluation,
      head: head.evaluation,
      improved: compared.improved,
      regressed: compared.regressed,
      cases: compared.cases.map(({ caseId, change }) => {
        const b = inBase.get(caseId);
        const h = inHead.get(caseId);
        const either = (h ?? b)!;
        return { caseId, position: either.position, inputs: either.inputs, ...(b ? { base: b } : {}), ...(h ? { head: h } : {}), change };
      }),
    };
  }

  /**
   * Every evaluator must have a pattern that compiles and an evaluator agent that is there, and — given
   * the outputs of the version it will score — score one of them.
   */
  async checkEvaluators(workspaceId: string, evaluators: EvaluatorSpec[], outputs?: Set<string>): Promise<void> {
    for (const [index, spec] of evaluators.entries()) {
      const where = `evaluators[${index}] (${spec.kind})`;
      if (outputs && !outputs.has(spec.output)) {
        throw invalid(
          'invalid_evaluator',
          `${where}: "${spec.output}" is not an output of this agent version; its outputs are: ${[...outputs].map((o) => `"${o}"`).join(', ') || '(none — add an Output block)'}.`,
        );
      }
      const problem = spec.kind === 'regex' && spec.pattern !== undefined ? regexProblem(spec.pattern) : undefined;
      if (problem) throw invalid('invalid_evaluator', `${where}: ${problem}.`);
      if (spec.kind === 'agent' && !(await this.store.graphs.version(workspaceId, spec.graphId, spec.version))) {
        throw invalid(
          'invalid_evaluator',
          `${where}: evaluator agent ${spec.graphId}${spec.version ? ` version ${spec.version}` : ''} was not found in this workspace.`,
        );
      }
    }
  }
}
