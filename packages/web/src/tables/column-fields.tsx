import { Plus, X } from 'lucide-react';
import type { DataTableColumn } from '../api/types.ts';
import { Button, IconButton } from '../ui/components/button.tsx';

export const COLUMN_TYPES: DataTableColumn['type'][] = ['text', 'number', 'boolean', 'date', 'json'];

/** The columns of a new table: a name and a type each, added and removed in place. */
export function ColumnFields({ columns, onChange }: { columns: DataTableColumn[]; onChange: (columns: DataTableColumn[]) => void }) {
  const set = (i: number, change: Partial<DataTableColumn>) => onChange(columns.map((c, j) => (j === i ? { ...c, ...change } : c)));
  return (
    <fieldset className="column-fields">
      <legend>Columns</legend>
      {columns.map((column, i) => (
        <div key={i} className="inline-form">
          <input aria-label={`Column ${i + 1} name`} value={column.name} onChange={(e) => set(i, { name: e.target.value })} maxLength={64} required />
          <select aria-label={`Column ${i + 1} type`} value={column.type} onChange={(e) => set(i, { type: e.target.value as DataTableColumn['type'] })}>
            {COLUMN_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
          <IconButton
            size="sm"
            label={`Remove column ${i + 1}`}
            icon={<X size={14} aria-hidden />}
            onClick={() => onChange(columns.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...columns, { name: '', type: 'text' }])}>
        <Plus size={14} aria-hidden />
        Add column
      </Button>
    </fieldset>
  );
}
