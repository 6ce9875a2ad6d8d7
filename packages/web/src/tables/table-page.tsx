import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ArrowDown, ArrowUp, ArrowUpDown, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { DataTable, DataTableColumn } from '../api/types.ts';
import { useMay } from '../api/use-may.ts';
import { Button, IconButton } from '../ui/components/button.tsx';
import { FileButton } from '../ui/components/file-button.tsx';
import { DeleteAndLeave } from '../ui/delete-and-leave.tsx';
import { FormError } from '../ui/form-error.tsx';
import '../ship/ship.css';
import { COLUMN_TYPES } from './column-fields.tsx';
import { EditableCell } from './editable-cell.tsx';
import { GRID_PAGE, gridQuery, nextSort, type SortState } from './grid-query.ts';
import './tables.css';

/** One data table (`/tables/:id`): its rows in a grid to sort, filter, edit, add to, import a CSV into; and its columns. */
export function TablePage() {
  const { tableId } = useParams({ strict: false }) as { tableId: string };
  const client = useQueryClient();
  const mayBuild = useMay()('build');
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<SortState>();
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string>();
  const [deleting, setDeleting] = useState(false);
  const [newColumn, setNewColumn] = useState<DataTableColumn>({ name: '', type: 'text' });
  const info = useQuery({ queryKey: ['tables', tableId], queryFn: () => api.table(tableId) });
  const columns = info.data?.table.columns ?? [];
  const query = gridQuery(columns, filters, sort, page);
  const rows = useQuery({
    queryKey: ['tables', tableId, 'rows', query],
    queryFn: () => api.queryTable(tableId, query),
    enabled: info.data !== undefined,
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['tables'] });
  /** Runs a change, shows what the server said when it refused, and reads the table again; false when refused. */
  const change = async (work: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await work();
      await refresh();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };

  if (info.error) return <main className="ship-page page-message error">{errorMessage(info.error)}</main>;
  if (!info.data) return <main className="ship-page page-message">Loading…</main>;
  const table: DataTable = info.data.table;
  const total = rows.data?.total ?? 0;
  const filter = (name: string, text: string) => {
    setFilters({ ...filters, [name]: text });
    setPage(0);
  };

  return (
    <main className="ship-page">
      <header className="page-header">
        <h1>Table “{table.name}”</h1>
        <span className="muted">{table.rows} rows</span>
        {mayBuild && (
          <Button size="sm" variant="ghost" onClick={() => setDeleting(true)}>
            <Trash2 size={14} aria-hidden />
            Delete table
          </Button>
        )}
      </header>
      <section className="ship-section" aria-label="Rows">
        {mayBuild && (
          <div className="inline-form">
            <Button size="sm" onClick={() => void change(() => api.addTableRows(table.id, [{}]))} disabled={columns.length === 0}>
              <Plus size={14} aria-hidden />
              Add row
            </Button>
            <FileButton
              label="Import CSV"
              size="sm"
              accept=".csv,.tsv,text/csv"
              onFile={(file) => void file.text().then((csv) => change(() => api.importTableCsv(table.id, csv)))}
            />
            <span className="muted small">
              Its header line names the columns. Filters: text contains; numbers and dates take &gt;, &gt;=, &lt;, &lt;=, = or !=.
            </span>
          </div>
        )}
        <FormError message={error} />
        <div className="table-grid-scroll">
          <table className="ship-table table-grid" aria-label={`Rows of ${table.name}`} aria-rowcount={total + 2}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.name} scope="col" aria-sort={sort?.column === c.name ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.name))}>
                      {c.name} <span className="muted small">{c.type}</span>
                      {sort?.column === c.name ? (
                        sort.direction === 'asc' ? (
                          <ArrowUp size={12} aria-hidden />
                        ) : (
                          <ArrowDown size={12} aria-hidden />
                        )
                      ) : (
                        <ArrowUpDown size={12} aria-hidden className="muted" />
                      )}
                    </button>
                  </th>
                ))}
                {mayBuild && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
              <tr>
                {columns.map((c) => (
                  <td key={c.name}>
                    <input
                      className="grid-filter"
                      aria-label={`Filter ${c.name}`}
                      placeholder="filter"
                      value={filters[c.name] ?? ''}
                      onChange={(e) => filter(c.name, e.target.value)}
                    />
                  </td>
                ))}
                {mayBuild && <td />}
              </tr>
            </thead>
            <tbody>
              {(rows.data?.rows ?? []).map((row, i) => (
                <tr key={row.id}>
                  {columns.map((c) => (
                    <EditableCell
                      key={`${c.name}-${JSON.stringify(row[c.name] ?? null)}`}
                      column={c}
                      value={row[c.name]}
                      label={`${c.name} of row ${page * GRID_PAGE + i + 1}`}
                      disabled={!mayBuild}
                      save={(value) => change(() => api.changeTableRow(table.id, row.id, { [c.name]: value }))}
                    />
                  ))}
                  {mayBuild && (
                    <td>
                      <IconButton
                        size="sm"
                        label={`Remove row ${page * GRID_PAGE + i + 1}`}
                        icon={<Trash2 size={14} aria-hidden />}
                        onClick={() => void change(() => api.deleteTableRow(table.id, row.id))}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="inline-form grid-pages">
          <span className="muted small" aria-live="polite">
            {total === 0 ? 'No rows' : `Rows ${page * GRID_PAGE + 1}–${Math.min(total, (page + 1) * GRID_PAGE)} of ${total}`}
          </span>
          <Button size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <Button size="sm" disabled={(page + 1) * GRID_PAGE >= total} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      </section>
      {mayBuild && (
        <section className="ship-section" aria-labelledby="columns-title">
          <h2 id="columns-title">Columns</h2>
          <ul className="column-list">
            {columns.map((c) => (
              <li key={c.name}>
                {c.name} <span className="muted small">{c.type}</span>
                <IconButton
                  size="sm"
                  label={`Remove column ${c.name}`}
                  icon={<Trash2 size={14} aria-hidden />}
                  onClick={() => void change(() => api.changeTable(table.id, { columns: columns.filter((o) => o.name !== c.name) }))}
                />
              </li>
            ))}
          </ul>
          <form
            className="inline-form"
            aria-label="Add a column"
            onSubmit={(e) => {
              e.preventDefault();
              void change(() => api.changeTable(table.id, { columns: [...columns, newColumn] })).then(
                (done) => done && setNewColumn({ name: '', type: 'text' }),
              );
            }}
          >
            <input
              aria-label="New column name"
              value={newColumn.name}
              onChange={(e) => setNewColumn({ ...newColumn, name: e.target.value })}
              required
              maxLength={64}
            />
            <select
              aria-label="New column type"
              value={newColumn.type}
              onChange={(e) => setNewColumn({ ...newColumn, type: e.target.value as DataTableColumn['type'] })}
            >
              {COLUMN_TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
            <Button size="sm" type="submit">
              <Plus size={14} aria-hidden />
              Add column
            </Button>
          </form>
        </section>
      )}
      <DeleteAndLeave
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete table “${table.name}” and its ${table.rows} rows?`}
        description="Agents that use it will fail until a table of that name exists again."
        confirm="Delete table"
        remove={() => api.deleteTable(table.id)}
        family="tables"
        leaveTo="/tables"
        onError={setError}
      />
    </main>
  );
}
