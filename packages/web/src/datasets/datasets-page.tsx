import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { useMay } from '../api/use-may.ts';
import { Button } from '../ui/components/button.tsx';
import { AgentOptions } from '../ui/agent-options.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import '../ship/ship.css';

/** The workspace's datasets: cases to evaluate agents with, and a form to make one. */
export function DatasetsPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const may = useMay();
  const datasets = useQuery(queries.datasets());
  const graphs = useQuery(queries.graphs());
  const [name, setName] = useState('');
  const [graphId, setGraphId] = useState('');
  const [error, setError] = useState<string>();
  const agentName = (id: string | undefined) => graphs.data?.graphs.find((g) => g.id === id)?.name;

  const create = async () => {
    setError(undefined);
    try {
      const { dataset } = await api.createDataset({ name, ...(graphId ? { graphId } : {}) });
      await client.invalidateQueries({ queryKey: ['datasets'] });
      await navigate({ to: '/datasets/$datasetId', params: { datasetId: dataset.id } });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Datasets</h1>
      </header>
      <section className="ship-section">
        <p className="muted small">
          A dataset is cases — inputs for an agent and the outputs you expect — that evaluations run an agent version over. Make one here, then add cases by
          hand, from a CSV or JSON Lines file, or from past runs (select them on the Runs page).
        </p>
        {may('build') && (
          <form
            className="inline-form ship-form"
            aria-label="New dataset"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label>
              Name
              <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
            </label>
            <label>
              For agent
              <select value={graphId} onChange={(e) => setGraphId(e.target.value)}>
                <option value="">any agent</option>
                <AgentOptions />
              </select>
            </label>
            <Button type="submit" variant="primary">
              <Plus size={14} aria-hidden />
              New dataset
            </Button>
          </form>
        )}
        <FormError message={error} />
        {!datasets.data ? (
          <p className="page-message">Loading…</p>
        ) : datasets.data.datasets.length === 0 ? (
          <p className="muted page-message">No datasets yet.</p>
        ) : (
          <table className="ship-table" aria-label="Datasets">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Cases</th>
                <th scope="col">For agent</th>
                <th scope="col">Evaluators</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {datasets.data.datasets.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to="/datasets/$datasetId" params={{ datasetId: d.id }}>
                      {d.name}
                    </Link>
                  </td>
                  <td>{d.cases}</td>
                  <td>{agentName(d.graphId) ?? <span className="muted">any</span>}</td>
                  <td className="small">{d.evaluators.map((e) => `${e.output}: ${e.kind}`).join(', ') || <span className="muted">none yet</span>}</td>
                  <td className="small muted">
                    <When at={d.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
