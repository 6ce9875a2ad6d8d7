import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { Button } from '../ui/components/button.tsx';
import { notify } from '../ui/components/toaster.tsx';
import { FormError } from '../ui/form-error.tsx';

/** Adds the selected runs to a dataset as cases: each run's inputs, and its outputs as the expectation (to edit there). */
export function AddToDataset({ runIds, onDone }: { runIds: string[]; onDone(): void }) {
  const client = useQueryClient();
  const datasets = useQuery(queries.datasets());
  const [dataset, setDataset] = useState('');
  const [error, setError] = useState<string>();
  const chosen = dataset || datasets.data?.datasets[0]?.id || '';
  const add = async () => {
    setError(undefined);
    try {
      const { cases } = await api.addRunsAsCases(chosen, runIds);
      await client.invalidateQueries({ queryKey: ['datasets'] });
      notify.done(
        `Added ${cases.length} ${cases.length === 1 ? 'case' : 'cases'} to “${datasets.data?.datasets.find((d) => d.id === chosen)?.name ?? 'the dataset'}”.`,
      );
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <form
      className="inline-form add-to-dataset"
      aria-label="Add runs to a dataset"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      {datasets.data && datasets.data.datasets.length === 0 ? (
        <span className="muted small">
          {runIds.length} selected. <Link to="/datasets">Make a dataset</Link> to add them to.
        </span>
      ) : (
        <>
          <label>
            Add {runIds.length} selected {runIds.length === 1 ? 'run' : 'runs'} as cases to
            <select value={chosen} onChange={(e) => setDataset(e.target.value)}>
              {datasets.data?.datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="primary" disabled={!chosen}>
            <FlaskConical size={14} aria-hidden />
            Add to dataset
          </Button>
        </>
      )}
      <FormError message={error} inline />
    </form>
  );
}
