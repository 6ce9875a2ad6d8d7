import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { GitCompare, Square } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { EVALUATION_REFRESH_MS, queries } from '../api/queries.ts';
import type { EvaluationCase } from '../api/types.ts';
import { Badge } from '../ui/components/badge.tsx';
import { Button } from '../ui/components/button.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { statusTone } from '../ui/status-tone.ts';
import { EvaluationVerdict, summaryFacts } from './evaluation-summary.tsx';
import './ship.css';
import { outputsText, valueText } from './value-text.ts';

/** Why a case scored what it did: each output's evaluator, score and reason, or its run's error. */
export function CaseReasons({ one }: { one: EvaluationCase }) {
  if (one.error) return <span className="error small">{one.error}</span>;
  return (
    <ul className="case-reasons">
      {(one.scores ?? []).map((s, i) => (
        <li key={i} className="small">
          <strong>
            {s.output} · {s.evaluator} {s.score.toFixed(2)}
          </strong>{' '}
          {s.reason}
        </li>
      ))}
    </ul>
  );
}

/** One evaluation (`/evaluations/:id`): its totals, every case with outputs, scores and reasons, and a way to compare it with another. */
export function EvaluationPage() {
  const { evaluationId } = useParams({ strict: false }) as { evaluationId: string };
  const navigate = useNavigate();
  const detail = useQuery({
    queryKey: ['evaluations', evaluationId],
    queryFn: () => api.evaluation(evaluationId),
    refetchInterval: (query) => (query.state.data?.evaluation.status === 'RUNNING' ? EVALUATION_REFRESH_MS : false),
  });
  const graphId = detail.data?.evaluation.graphId;
  const others = useQuery({ ...queries.evaluations(graphId ?? ''), enabled: graphId !== undefined });
  const [base, setBase] = useState('');
  if (!detail.data) return <main className="ship-page page-message">Loading…</main>;
  const { evaluation, cases } = detail.data;
  const comparable = (others.data?.evaluations ?? []).filter((e) => e.id !== evaluation.id && e.datasetId === evaluation.datasetId);
  const chosenBase = base || comparable[0]?.id || '';
  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>
          Evaluation of v{evaluation.graphVersion} on “{evaluation.datasetName}”
        </h1>
        <EvaluationVerdict evaluation={evaluation} />
        {evaluation.status === 'RUNNING' && (
          <Button size="sm" onClick={() => notify.outcome(() => api.stopEvaluation(evaluation.id), 'Stopping the evaluation.')}>
            <Square size={14} aria-hidden />
            Stop
          </Button>
        )}
        <Button asChild size="sm" variant="ghost">
          <Link to="/graphs/$graphId/ship" params={{ graphId: evaluation.graphId }}>
            Back to shipping
          </Link>
        </Button>
      </header>
      <dl className="evaluation-facts" aria-label="Totals">
        {summaryFacts(evaluation).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {evaluation.error && <p className="error">{evaluation.error}</p>}
      {comparable.length > 0 && (
        <form
          className="inline-form"
          aria-label="Compare with another evaluation"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ to: '/evaluations/$evaluationId/compare/$baseId', params: { evaluationId: evaluation.id, baseId: chosenBase } });
          }}
        >
          <label>
            Compare with
            <select value={chosenBase} onChange={(e) => setBase(e.target.value)}>
              {comparable.map((e) => (
                <option key={e.id} value={e.id}>
                  v{e.graphVersion}, {new Date(e.createdAt).toLocaleString()} ({e.summary ? e.summary.score.toFixed(3) : '…'})
                </option>
              ))}
            </select>
          </label>
          <Button type="submit">
            <GitCompare size={14} aria-hidden />
            Compare
          </Button>
        </form>
      )}
      <table className="ship-table cases-table" aria-label="Cases">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Inputs</th>
            <th scope="col">Expected</th>
            <th scope="col">Outputs</th>
            <th scope="col">Score</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((one) => (
            <tr key={one.caseId} data-testid={`case-${one.position + 1}`}>
              <td>{one.position + 1}</td>
              <td className="small">
                <code>{valueText(one.inputs)}</code>
              </td>
              <td className="small">
                <code>{valueText(one.expected)}</code>
              </td>
              <td className="small">
                <code>{outputsText(one.outputs)}</code>
                {one.runId && evaluation.graphId && (
                  <>
                    {' '}
                    <Link to="/graphs/$graphId/runs/$runId" params={{ graphId: evaluation.graphId, runId: one.runId }} className="small">
                      run
                    </Link>
                  </>
                )}
              </td>
              <td>
                {one.status === 'PENDING' ? (
                  <Badge tone="wait">pending</Badge>
                ) : one.status !== 'COMPLETED' ? (
                  <Badge tone={statusTone(one.status)}>{one.status.toLowerCase()}</Badge>
                ) : (
                  one.score?.toFixed(2)
                )}
              </td>
              <td>
                <CaseReasons one={one} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
