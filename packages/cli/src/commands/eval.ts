import { setTimeout as sleep } from 'node:timers/promises';
import { checkFlags, UsageError, type ParsedArgs } from '../args.ts';
import type { Output } from '../output.ts';
import { apiKeyFromEnv, callApi, serverAddress } from '../server-api.ts';

/** How often the command asks the server how the evaluation goes. */
const POLL_MS = 500;

interface Scored {
  output: string;
  evaluator: string;
  score: number;
  reason: string;
}
interface EvaluationCase {
  position: number;
  inputs: Record<string, unknown>;
  status: string;
  score?: number;
  scores?: Scored[];
  error?: string;
}
interface Evaluation {
  id: string;
  graphVersion: number;
  datasetName: string;
  threshold: number;
  status: string;
  error?: string;
  summary?: {
    cases: number;
    done: number;
    score: number;
    passRate: number;
    usage: { inputTokens: number; outputTokens: number; costUsd: number };
    p50LatencyMs?: number;
    p95LatencyMs?: number;
  };
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** The number a flag holds, or a usage error naming the flag and what it takes. */
function numberFlag(args: ParsedArgs, name: string, check: (n: number) => boolean, what: string): number | undefined {
  const raw = args.flags.get(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw === true || !check(value)) throw new UsageError(`--${name} must be ${what}, not "${String(raw)}".`);
  return value;
}

/** Why a case scored what it did: its run's error, or the reason of its lowest-scoring output. */
function caseReason(c: EvaluationCase): string {
  if (c.error) return c.error;
  const worst = [...(c.scores ?? [])].sort((a, b) => a.score - b.score)[0];
  return worst ? `${worst.output}/${worst.evaluator}: ${worst.reason}` : '';
}

/**
 * `blocksmith eval --agent ID --dataset NAME --url URL`: evaluates an agent version (the latest, or
 * `--version`) over a dataset on a server, with the API key in BLOCKSMITH_API_KEY, and prints each case
 * and the totals (or `--json`). Exit 0 when the score reaches `--min-score` (the dataset's threshold when
 * absent), 1 below it or when the evaluation did not complete, 2 for bad usage or a refused request — so
 * it gates a CI pipeline.
 */
export async function evalCommand(args: ParsedArgs, out: Output): Promise<number> {
  checkFlags(args, ['agent', 'dataset', 'version', 'min-score', 'url', 'json', 'concurrency']);
  const base = serverAddress(args.flags.get('url'), 'eval');
  const agent = args.flags.get('agent');
  const dataset = args.flags.get('dataset');
  if (typeof agent !== 'string') throw new UsageError('eval needs --agent: the id of the agent to evaluate.');
  if (typeof dataset !== 'string') throw new UsageError('eval needs --dataset: the name (or id) of the dataset to evaluate it on.');
  const version = numberFlag(args, 'version', (n) => Number.isInteger(n) && n >= 1, 'a version number (1 or more)');
  const minScore = numberFlag(args, 'min-score', (n) => n >= 0 && n <= 1, 'a score from 0 to 1');
  const concurrency = numberFlag(args, 'concurrency', (n) => Number.isInteger(n) && n >= 1, 'a positive whole number');
  const key = apiKeyFromEnv('eval');
  const json = args.flags.has('json');

  const started = await callApi<{ evaluation: Evaluation }>(base, key, 'POST', `api/graphs/${encodeURIComponent(agent)}/evaluations`, {
    dataset,
    ...(version !== undefined ? { version } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
  });
  const id = started.evaluation.id;
  if (!json) out.stderr(`Evaluating version ${started.evaluation.graphVersion} of ${agent} on "${started.evaluation.datasetName}" (evaluation ${id})…`);
  let detail: { evaluation: Evaluation; cases: EvaluationCase[] };
  for (;;) {
    detail = await callApi(base, key, 'GET', `api/evaluations/${id}`);
    if (detail.evaluation.status !== 'RUNNING') break;
    await sleep(POLL_MS);
  }
  const { evaluation, cases } = detail;
  const summary = evaluation.summary;
  const threshold = minScore ?? evaluation.threshold;
  const passed = evaluation.status === 'COMPLETED' && summary !== undefined && summary.score >= threshold;

  if (json) {
    out.stdout(JSON.stringify({ passed, minScore: threshold, evaluation, cases }, null, 2));
    return passed ? 0 : 1;
  }
  out.stdout(['#', 'score', 'status', 'inputs', 'why'].join('\t'));
  for (const c of cases) {
    out.stdout(
      [String(c.position + 1), c.score === undefined ? '-' : c.score.toFixed(2), c.status, cut(JSON.stringify(c.inputs), 40), cut(caseReason(c), 80)].join(
        '\t',
      ),
    );
  }
  if (summary) {
    const latency = summary.p50LatencyMs === undefined ? '' : ` · p50 ${summary.p50LatencyMs} ms · p95 ${summary.p95LatencyMs} ms`;
    out.stdout(
      `score ${summary.score.toFixed(3)} · ${Math.round(summary.passRate * 100)} % of ${summary.cases} cases passed · $${summary.usage.costUsd.toFixed(4)} · ${summary.usage.inputTokens + summary.usage.outputTokens} tokens${latency}`,
    );
  }
  if (evaluation.status !== 'COMPLETED')
    out.stdout(`NOT PASSED: the evaluation ${evaluation.status.toLowerCase()}${evaluation.error ? `: ${evaluation.error}` : ''}.`);
  else out.stdout(passed ? `PASSED: ${summary!.score.toFixed(3)} ≥ ${threshold}` : `NOT PASSED: ${summary!.score.toFixed(3)} is below ${threshold}`);
  return passed ? 0 : 1;
}
