import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { Button } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import { EvaluationVerdict, summaryFacts } from './evaluation-summary.tsx';
import { VersionSelect } from './version-select.tsx';

/** An agent's evaluations, newest first, and the form that starts one: a version over a dataset. */
export function EvaluationsSection({ graphId, versions, mayRun }: { graphId: string; versions: number[]; mayRun: boolean }) {
  const client = useQueryClient();
  const { queryKey: key } = queries.evaluations(graphId);
  const evaluations = useQuery(queries.evaluations(graphId));
  const datasets = useQuery(queries.datasets());
  const [dataset, setDataset] = useState('');
  const [version, setVersion] = useState<number>();
  const [error, setError] = useState<string>();
  const chosenDataset = dataset || datasets.data?.datasets.find((d) => d.graphId === graphId)?.id || datasets.data?.datasets[0]?.id || '';
  const chosenVersion = version ?? versions[0];

  const start = async () => {
    setError(undefined);
    try {
      await api.startEvaluation(graphId, { dataset: chosenDataset, ...(chosenVersion !== undefined ? { version: chosenVersion } : {}) });
      await client.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="ship-section" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">Evaluations</h2>
      {mayRun &&
        (datasets.data && datasets.data.datasets.length === 0 ? (
          <p className="muted">
            No datasets yet. <Link to="/datasets">Make one</Link> from past runs, a CSV file or by hand.
          </p>
        ) : (
          <form
            className="inline-form ship-form"
            aria-label="Evaluate a version"
            onSubmit={(e) => {
              e.preventDefault();
              void start();
            }}
          >
            <label>
              Dataset
              <select value={chosenDataset} onChange={(e) => setDataset(e.target.value)}>
                {datasets.data?.datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.cases} cases)
                  </option>
                ))}
              </select>
            </label>
            <VersionSelect versions={versions} value={chosenVersion} onChange={setVersion} />
            <Button type="submit" variant="primary" disabled={!chosenDataset}>
              <FlaskConical size={14} aria-hidden />
              Evaluate
            </Button>
          </form>
        ))}
      <FormError message={error} />
      {evaluations.data && evaluations.data.evaluations.length > 0 && (
        <table className="ship-table" aria-label="Evaluations">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Dataset</th>
              <th scope="col">Result</th>
              <th scope="col">Score</th>
              <th scope="col">Pass rate</th>
              <th scope="col">Cost</th>
              <th scope="col">Latency</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {evaluations.data.evaluations.map((evaluation) => {
              const facts = Object.fromEntries(summaryFacts(evaluation));
              return (
                <tr key={evaluation.id} data-testid={`evaluation-${evaluation.id}`}>
                  <td>
                    <Link to="/evaluations/$evaluationId" params={{ evaluationId: evaluation.id }}>
                      v{evaluation.graphVersion}
                    </Link>
                  </td>
                  <td>{evaluation.datasetName}</td>
                  <td>
                    <EvaluationVerdict evaluation={evaluation} />
                  </td>
                  <td className="small">{facts.score}</td>
                  <td className="small">{facts['pass rate']}</td>
                  <td className="small">{facts.cost}</td>
                  <td className="small">{facts.latency}</td>
                  <td className="small muted">
                    <When at={evaluation.createdAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
