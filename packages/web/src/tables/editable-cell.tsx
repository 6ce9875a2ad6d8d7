import { useState } from 'react';
import type { DataTableColumn } from '../api/types.ts';
import { cellText, editedValue } from './grid-query.ts';

/**
 * A grid cell: its value as text, and on a click an editor that saves on Enter or when left and
 * cancels on Escape. `save` resolves false when the server refused the value (the grid says why).
 */
export function EditableCell({
  column,
  value,
  label,
  disabled,
  save,
}: {
  column: DataTableColumn;
  value: unknown;
  /** Names the cell for screen readers: its column and row. */
  label: string;
  disabled: boolean;
  save: (value: unknown) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState<string>();
  const shown = cellText(value);
  const commit = async (text: string) => {
    if (text !== shown && !(await save(editedValue(column, text)))) return;
    setDraft(undefined);
  };
  if (disabled) return <td className={`cell-${column.type}`}>{shown}</td>;
  if (draft === undefined) {
    return (
      <td className={`cell-${column.type}`}>
        {/* Named by what it shows, after what it edits (a name without the visible text confuses speech input). */}
        <button type="button" className="cell-button" onClick={() => setDraft(shown)}>
          <span className="visually-hidden">Edit {label}: </span>
          <span className="cell-value">{shown || <span className="muted">—</span>}</span>
        </button>
      </td>
    );
  }
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') setDraft(undefined);
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(draft);
    }
  };
  return (
    <td className={`cell-${column.type} editing`}>
      {column.type === 'boolean' ? (
        <select aria-label={label} autoFocus value={draft} onChange={(e) => void commit(e.target.value)} onBlur={() => setDraft(undefined)} onKeyDown={keys}>
          <option value="">—</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : (
        <input
          aria-label={label}
          autoFocus
          inputMode={column.type === 'number' ? 'decimal' : undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit(draft)}
          onKeyDown={keys}
        />
      )}
    </td>
  );
}
