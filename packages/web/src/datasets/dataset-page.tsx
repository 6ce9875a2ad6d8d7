import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { Dataset } from '../api/types.ts';
import { useMay } from '../api/use-may.ts';
import { Button } from '../ui/components/button.tsx';
import { FileButton } from '../ui/components/file-button.tsx';
import { DeleteAndLeave } from '../ui/delete-and-leave.tsx';
import { FormError } from '../ui/form-error.tsx';
import '../ship/ship.css';
import { CaseEditor } from './case-editor.tsx';
import { expectedOutputs } from './evaluator-form.ts';
import { EvaluatorsEditor } from './evaluators-editor.tsx';
import { formatOfFile } from './json-cell.ts';

/** One dataset (`/datasets/:id`): its evaluators and threshold, its cases as an editable table, and an import from a file. */
export function DatasetPage() {
  const { datasetId } = useParams({ strict: false }) as { datasetId: string };
  const client = useQueryClient();
  const mayBuild = useMay()('build');
  const key = ['datasets', datasetId];
  const detail = useQuery({ queryKey: key, queryFn: () => api.dataset(datasetId) });
  const [importError, setImportError] = useState<string>();
  const tables = useQuery({ ...queries.tables(), enabled: mayBuild });
  const [tableId, setTableId] = useState('');
  const [newCaseKey, setNewCaseKey] = useState(0);
  const [deleting, setDeleting] = useState(false);
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: ['datasets'], exact: true })]);

  if (detail.error) return <main className="ship-page page-message error">{errorMessage(detail.error)}</main>;
  if (!detail.data) return <main className="ship-page page-message">Loading…</main>;
  const { dataset, cases } = detail.data;

  const importFile = async (file: File) => {
    setImportError(undefined);
    try {
      await api.importCases(dataset.id, formatOfFile(file.name), await file.text());
      await refresh();
    } catch (e) {
      setImportError(errorMessage(e));
    }
  };

  const importTable = async () => {
    setImportError(undefined);
    try {
      await api.addTableAsCases(dataset.id, tableId);
      await refresh();
    } catch (e) {
      setImportError(errorMessage(e));
    }
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Dataset “{dataset.name}”</h1>
        <span className="muted">{dataset.cases} cases</span>
        {mayBuild && (
          <Button size="sm" variant="ghost" onClick={() => setDeleting(true)}>
            <Trash2 size={14} aria-hidden />
            Delete dataset
          </Button>
        )}
      </header>
      <section className="ship-section" aria-labelledby="evaluators-title">
        <h2 id="evaluators-title">Evaluators</h2>
        <EvaluatorsEditor
          key={dataset.updatedAt}
          dataset={dataset}
          outputs={expectedOutputs(cases)}
          mayBuild={mayBuild}
          onSaved={(changed: Dataset) => client.setQueryData(key, { dataset: changed, cases })}
        />
      </section>
      <section className="ship-section" aria-labelledby="cases-title">
        <h2 id="cases-title">Cases</h2>
        {mayBuild && (
          <div className="inline-form">
            <FileButton label="Import CSV or JSON Lines" size="sm" accept=".csv,.jsonl,.ndjson,text/csv" onFile={(file) => void importFile(file)} />
            <span className="muted small">CSV: a header line; a column expected.&lt;output&gt; is an expectation, any other an input.</span>
            {(tables.data?.tables.length ?? 0) > 0 && (
              <>
                <select aria-label="Data table to add as cases" value={tableId} onChange={(e) => setTableId(e.target.value)}>
                  <option value="">a data table…</option>
                  {tables.data?.tables.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name} ({t.rows} rows)
                    </option>
                  ))}
                </select>
                <Button size="sm" disabled={!tableId} onClick={() => void importTable()}>
                  Add its rows as cases
                </Button>
              </>
            )}
          </div>
        )}
        <FormError message={importError} />
        <table className="ship-table cases-editor" aria-label="Cases">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Inputs</th>
              <th scope="col">Expected outputs</th>
              <th scope="col">From</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((one, i) => (
              <CaseEditor
                key={`${one.id}-${JSON.stringify(one.inputs)}-${JSON.stringify(one.expected)}`}
                label={String(i + 1)}
                initial={one}
                fromRunId={one.fromRunId}
                disabled={!mayBuild}
                save={async (change) => {
                  await api.changeCase(dataset.id, one.id, change);
                  await refresh();
                }}
                remove={async () => {
                  await api.deleteCase(dataset.id, one.id);
                  await refresh();
                }}
              />
            ))}
            {mayBuild && (
              <CaseEditor
                key={`new-${newCaseKey}`}
                label="new"
                initial={{ inputs: {}, expected: {} }}
                disabled={false}
                save={async (added) => {
                  await api.addCases(dataset.id, [added]);
                  setNewCaseKey(newCaseKey + 1);
                  await refresh();
                }}
              />
            )}
          </tbody>
        </table>
      </section>
      <DeleteAndLeave
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete dataset “${dataset.name}” and its ${dataset.cases} cases?`}
        description="Its evaluations stay, with the cases they ran."
        confirm="Delete dataset"
        remove={() => api.deleteDataset(dataset.id)}
        family="datasets"
        leaveTo="/datasets"
        onError={setImportError}
      />
    </main>
  );
}
