import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { api } from '../api/client.ts';
import type { EvaluationComparison } from '../api/types.ts';
import { Badge, type BadgeTone } from '../ui/components/badge.tsx';
import { Button } from '../ui/components/button.tsx';
import { summaryFacts } from './evaluation-summary.tsx';
import './ship.css';
import { outputsText, valueText } from './value-text.ts';

const CHANGE_TONE: Record<EvaluationComparison['cases'][number]['change'], BadgeTone> = {
  improved: 'ok',
  regressed: 'fail',
  same: 'neutral',
  added: 'accent',
  removed: 'wait',
};

/** Two evaluations side by side (`/evaluations/:id/compare/:baseId`): their totals, and each case's score in both, regressions and improvements marked. */
export function ComparePage() {
  const { evaluationId, baseId } = useParams({ strict: false }) as { evaluationId: string; baseId: string };
  const compared = useQuery({ queryKey: ['evaluations', evaluationId, 'compare', baseId], queryFn: () => api.compareEvaluations(evaluationId, baseId) });
  if (!compared.data) return <main className="ship-page page-message">Loading…</main>;
  const { base, head, cases, improved, regressed } = compared.data;
  const baseFacts = Object.fromEntries(summaryFacts(base));
  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>
          v{head.graphVersion} against v{base.graphVersion} on “{head.datasetName}”
        </h1>
        <Badge tone={regressed ? 'fail' : 'ok'}>
          {regressed} regressed · {improved} improved
        </Badge>
        <Button asChild size="sm" variant="ghost">
          <Link to="/evaluations/$evaluationId" params={{ evaluationId: head.id }}>
            Back to the evaluation
          </Link>
        </Button>
      </header>
      <table className="ship-table" aria-label="Totals side by side">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">v{base.graphVersion} (base)</th>
            <th scope="col">v{head.graphVersion}</th>
          </tr>
        </thead>
        <tbody>
          {summaryFacts(head).map(([term, value]) => (
            <tr key={term}>
              <th scope="row">{term}</th>
              <td>{baseFacts[term]}</td>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="ship-table cases-table" aria-label="Cases compared">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Inputs</th>
            <th scope="col">v{base.graphVersion}</th>
            <th scope="col">v{head.graphVersion}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.caseId} className={`change-${c.change}`} data-testid={`compared-${c.position + 1}`}>
              <td>{c.position + 1}</td>
              <td className="small">
                <code>{valueText(c.inputs)}</code>
              </td>
              <td className="small">
                {c.base?.score !== undefined && <strong>{c.base.score.toFixed(2)}</strong>} <code>{outputsText(c.base?.outputs, 80)}</code>
              </td>
              <td className="small">
                {c.head?.score !== undefined && <strong>{c.head.score.toFixed(2)}</strong>} <code>{outputsText(c.head?.outputs, 80)}</code>
              </td>
              <td>
                <Badge tone={CHANGE_TONE[c.change]}>{c.change}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
