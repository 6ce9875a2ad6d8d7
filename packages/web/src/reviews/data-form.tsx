import { Plus, X } from 'lucide-react';
import { blankLike, removeAt, setAt, type JsonPath } from './json-edits.ts';

type Props = { value: unknown; onChange(value: unknown): void; idPrefix: string };

/**
 * Data under review as a form generated from its shape: text, numbers and yes/no as fields named by
 * their keys, objects as groups, lists with add and remove. Its shape stays as it was; raw JSON is the other way to edit.
 */
export function DataForm({ value, onChange, idPrefix }: Props) {
  return <Part root={value} path={[]} label="Data" onChange={onChange} idPrefix={idPrefix} />;
}

function Part({ root, path, label, onChange, idPrefix }: { root: unknown; path: JsonPath; label: string; onChange(value: unknown): void; idPrefix: string }) {
  const value = path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], root);
  const id = `${idPrefix}-${path.join('.') || 'root'}`;
  const set = (next: unknown) => onChange(setAt(root, path, next));
  if (Array.isArray(value))
    return (
      <fieldset className="data-group">
        <legend>{label}</legend>
        {value.map((_, i) => (
          <div className="data-item" key={i}>
            <Part root={root} path={[...path, i]} label={`${label} ${i + 1}`} onChange={onChange} idPrefix={idPrefix} />
            <button type="button" className="small" aria-label={`Remove ${label} ${i + 1}`} onClick={() => onChange(removeAt(root, [...path, i]))}>
              <X size={14} aria-hidden />
            </button>
          </div>
        ))}
        <button type="button" className="small" onClick={() => set([...value, blankLike(value[value.length - 1] ?? '')])}>
          <Plus size={14} aria-hidden /> Add to {label}
        </button>
      </fieldset>
    );
  if (value !== null && typeof value === 'object')
    return (
      <fieldset className="data-group">
        <legend>{label}</legend>
        {Object.keys(value).map((key) => (
          <Part key={key} root={root} path={[...path, key]} label={key} onChange={onChange} idPrefix={idPrefix} />
        ))}
      </fieldset>
    );
  return (
    <div className={typeof value === 'boolean' ? 'field field-inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {typeof value === 'boolean' ? (
        <input id={id} type="checkbox" checked={value} onChange={(e) => set(e.target.checked)} />
      ) : typeof value === 'number' ? (
        <input id={id} type="number" value={value} onChange={(e) => set(e.target.value === '' ? 0 : Number(e.target.value))} />
      ) : typeof value === 'string' ? (
        <textarea
          id={id}
          rows={Math.min(8, Math.max(1, value.split('\n').length, Math.ceil(value.length / 60)))}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input id={id} value="null" readOnly />
      )}
    </div>
  );
}
