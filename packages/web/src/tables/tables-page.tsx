import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import type { DataTable, DataTableColumn } from '../api/types.ts';
import { useMay } from '../api/use-may.ts';
import { Button } from '../ui/components/button.tsx';
import { FileButton } from '../ui/components/file-button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { When } from '../ui/when.tsx';
import '../ship/ship.css';
import { ColumnFields } from './column-fields.tsx';
import './tables.css';

/** The workspace's data tables, and a form to make one from columns or from a CSV file. */
export function TablesPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const mayBuild = useMay()('build');
  const tables = useQuery(queries.tables());
  const [name, setName] = useState('');
  const [columns, setColumns] = useState<DataTableColumn[]>([{ name: '', type: 'text' }]);
  const [error, setError] = useState<string>();

  const made = async (make: Promise<{ table: DataTable }>) => {
    setError(undefined);
    try {
      const { table } = await make;
      await client.invalidateQueries({ queryKey: ['tables'] });
      await navigate({ to: '/tables/$tableId', params: { tableId: table.id } });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Tables</h1>
      </header>
      <section className="ship-section">
        <p className="muted small">
          A data table is rows with typed columns that you edit here and agents read and write with the table blocks (Find rows, Add rows, Change rows, Add or
          change rows, Remove rows), by the table’s name.
        </p>
        {mayBuild && (
          <form
            className="ship-form table-form"
            aria-label="New table"
            onSubmit={(e) => {
              e.preventDefault();
              void made(api.createTable({ name, columns }));
            }}
          >
            <label>
              Name
              <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
            </label>
            <ColumnFields columns={columns} onChange={setColumns} />
            <div className="inline-form">
              <Button type="submit" variant="primary">
                <Plus size={14} aria-hidden />
                New table
              </Button>
              <FileButton
                label="New table from a CSV file"
                accept=".csv,.tsv,text/csv"
                onFile={(file) => void file.text().then((csv) => made(api.createTable({ name: name.trim() || file.name.replace(/\.[^.]+$/, ''), csv })))}
              />
            </div>
          </form>
        )}
        <FormError message={error} />
        {!tables.data ? (
          <p className="page-message">Loading…</p>
        ) : tables.data.tables.length === 0 ? (
          <p className="muted page-message">No tables yet.</p>
        ) : (
          <table className="ship-table" aria-label="Tables">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Rows</th>
                <th scope="col">Columns</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {tables.data.tables.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link to="/tables/$tableId" params={{ tableId: t.id }}>
                      {t.name}
                    </Link>
                  </td>
                  <td>{t.rows}</td>
                  <td className="small">{t.columns.map((c) => `${c.name} (${c.type})`).join(', ') || <span className="muted">none yet</span>}</td>
                  <td className="small muted">
                    <When at={t.updatedAt} />
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
