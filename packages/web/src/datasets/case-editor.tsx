import { Save, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import type { NewCase } from '../api/types.ts';
import { Button, IconButton } from '../ui/components/button.tsx';
import { FormError } from '../ui/form-error.tsx';
import { cellText, parseObjectCell } from './json-cell.ts';

/** A cell of JSON text, as tall as what it holds. */
function JsonCell({ label, value, disabled, onChange }: { label: string; value: string; disabled: boolean; onChange(text: string): void }) {
  return (
    <textarea
      className="mono"
      aria-label={label}
      rows={Math.max(2, value.split('\n').length)}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * One case as a row of two JSON cells, inputs and expected outputs, saved with its button (a new case is
 * added). A cell that is not an object of values says so under it.
 */
export function CaseEditor({
  label,
  initial,
  save,
  remove,
  disabled,
  fromRunId,
}: {
  label: string;
  initial: NewCase;
  save(change: NewCase): Promise<void>;
  remove?: () => Promise<void>;
  disabled: boolean;
  fromRunId?: string | undefined;
}) {
  const [inputs, setInputs] = useState(cellText(initial.inputs ?? {}));
  const [expected, setExpected] = useState(cellText(initial.expected ?? {}));
  const [error, setError] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const submit = async () => {
    const parsedInputs = parseObjectCell(inputs, 'Inputs');
    const parsedExpected = parseObjectCell(expected, 'Expected');
    if ('error' in parsedInputs) return setError(parsedInputs.error);
    if ('error' in parsedExpected) return setError(parsedExpected.error);
    setError(undefined);
    try {
      await save({ inputs: parsedInputs.value, expected: parsedExpected.value });
      setDirty(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <tr data-testid={`case-editor-${label}`}>
      <th scope="row">{label}</th>
      <td>
        <JsonCell
          label={`Case ${label}: inputs`}
          value={inputs}
          disabled={disabled}
          onChange={(text) => {
            setInputs(text);
            setDirty(true);
          }}
        />
      </td>
      <td>
        <JsonCell
          label={`Case ${label}: expected`}
          value={expected}
          disabled={disabled}
          onChange={(text) => {
            setExpected(text);
            setDirty(true);
          }}
        />
        <FormError message={error} small />
      </td>
      <td className="small muted">{fromRunId ? `from run ${fromRunId.slice(0, 8)}` : ''}</td>
      <td className="case-actions">
        {!disabled && (
          <Button size="sm" variant={remove ? 'secondary' : 'primary'} onClick={() => void submit()} disabled={remove !== undefined && !dirty}>
            <Save size={14} aria-hidden />
            {remove ? 'Save' : 'Add case'}
          </Button>
        )}
        {!disabled && remove && (
          <IconButton
            label={`Delete case ${label}`}
            icon={<Trash2 size={14} />}
            onClick={() => void remove().catch((e: unknown) => setError(errorMessage(e)))}
          />
        )}
      </td>
    </tr>
  );
}
