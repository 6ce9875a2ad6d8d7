import type { Evaluation, GraphAlias, Owner, Release, ReleaseGate, Store } from '@blocksmith/store';
import { notFound, Refusal } from '../platform/refusal.ts';

export interface Promotion {
  version: number;
  /** Undefined keeps the alias's gate; null removes it. */
  gate?: ReleaseGate | null | undefined;
}

const sameGate = (a: ReleaseGate | undefined, b: ReleaseGate | null | undefined) =>
  (a === undefined && (b === null || b === undefined)) ||
  (a !== undefined && b !== null && b !== undefined && a.datasetId === b.datasetId && a.minScore === b.minScore);

/**
 * Releases: moving an agent's aliases between its versions. A move to a new version of an alias with a gate
 * needs an evaluation of that version on the gate's dataset that completed with at least its score; moving
 * back to a version the alias had before is a rollback and needs none (it passed when it was released).
 * Every move is recorded: who, when, from which version, and the evaluation that passed.
 */
export class ReleaseService {
  constructor(private readonly store: Store) {}

  async list(graphId: string, limit = 100): Promise<{ aliases: GraphAlias[]; releases: Release[] }> {
    const [aliases, releases] = await Promise.all([this.store.releases.aliases(graphId), this.store.releases.history(graphId, limit)]);
    return { aliases, releases };
  }

  /** Whether this promotion changes the alias's gate: that needs more than moving the alias (an admin). */
  async changesGate(graphId: string, name: string, gate: Promotion['gate']): Promise<boolean> {
    if (gate === undefined) return false;
    return !sameGate((await this.store.releases.alias(graphId, name))?.gate, gate);
  }

  async promote(owner: Owner, graphId: string, name: string, promotion: Promotion): Promise<{ alias: GraphAlias; release: Release; evaluation?: Evaluation }> {
    const { workspaceId } = owner;
    if (!(await this.store.graphs.version(workspaceId, graphId, promotion.version))) throw notFound(`Version ${promotion.version} of graph ${graphId}`);
    const current = await this.store.releases.alias(graphId, name);
    const gate = promotion.gate === undefined ? current?.gate : (promotion.gate ?? undefined);
    const dataset = gate && (await this.store.datasets.get(workspaceId, gate.datasetId));
    if (gate && !dataset) throw notFound(`Dataset ${gate.datasetId}`);
    let evaluation: Evaluation | undefined;
    let note: string | undefined;
    if (gate && dataset && current?.version !== promotion.version) {
      if (current && (await this.store.releases.hadVersion(graphId, name, promotion.version))) {
        note = `Rollback to version ${promotion.version}, which "${name}" ran before; the gate is not asked again.`;
      } else {
        evaluation = await this.store.evaluations.latestEnded(workspaceId, graphId, promotion.version, gate.datasetId);
        const scored = evaluation?.summary?.score;
        if (!evaluation || scored === undefined || scored < gate.minScore) {
          throw new Refusal(
            'conflict',
            'gate_not_passed',
            evaluation && scored !== undefined
              ? `"${name}" needs an evaluation on dataset "${dataset.name}" scoring at least ${gate.minScore}; version ${promotion.version} scored ${scored.toFixed(3)} (evaluation ${evaluation.id}). Fix the agent, save a new version, and evaluate it.`
              : `"${name}" needs an evaluation on dataset "${dataset.name}" scoring at least ${gate.minScore}; version ${promotion.version} has no completed evaluation there. Run one (Evaluate, or POST /api/graphs/${graphId}/evaluations {"dataset": "${dataset.name}", "version": ${promotion.version}}), then release.`,
            { evaluationId: evaluation?.id, score: scored, minScore: gate.minScore },
          );
        }
      }
    }
    const moved = await this.store.releases.move(graphId, name, {
      version: promotion.version,
      gate: promotion.gate,
      userId: owner.userId,
      evaluationId: evaluation?.id,
      note,
    });
    return { alias: moved.alias!, release: moved.release, ...(evaluation ? { evaluation } : {}) };
  }

  /** Removes an alias: what ran its version runs the latest version again (or, for production, every trigger does). */
  async remove(owner: Owner, graphId: string, name: string): Promise<void> {
    if (!(await this.store.releases.alias(graphId, name))) throw notFound(`Alias "${name}" of graph ${graphId}`);
    await this.store.releases.move(graphId, name, { version: undefined, userId: owner.userId });
  }
}
