import { useState } from 'react';

const parseLoose = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Rows of values for a list input; each row is JSON when it parses, else text. */
export function ListEditor({
  id,
  name,
  value,
  itemType,
  onChange,
}: {
  id: string;
  name: string;
  value: unknown;
  itemType: unknown;
  onChange(value: unknown[] | undefined): void;
}) {
  const items = Array.isArray(value) ? value : [];
  // Text lists keep what was typed; number lists take numbers; untyped lists read JSON when it parses.
  const parse =
    itemType === 'string'
      ? (text: string) => text
      : itemType === 'number' || itemType === 'integer'
        ? (text: string) => (text.trim() === '' ? text : Number(text))
        : parseLoose;
  const set = (next: unknown[]) => onChange(next.length ? next : undefined);
  return (
    <div className="collection" id={id}>
      {items.map((item, index) => (
        <div className="collection-row" key={index}>
          <input
            className="nodrag"
            aria-label={`${name} item ${index + 1}`}
            value={show(item)}
            onChange={(e) => set(items.map((old, i) => (i === index ? parse(e.target.value) : old)))}
          />
          <button type="button" className="nodrag" aria-label={`Remove ${name} item ${index + 1}`} onClick={() => set(items.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="nodrag add-row" onClick={() => set([...items, ''])}>
        + item
      </button>
    </div>
  );
}

/** Key and value rows for a dictionary input. */
export function KeyValueEditor({
  id,
  name,
  value,
  onChange,
}: {
  id: string;
  name: string;
  value: unknown;
  onChange(value: Record<string, unknown> | undefined): void;
}) {
  const entries = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  const [draftKey, setDraftKey] = useState('');
  const set = (next: [string, unknown][]) => onChange(next.length ? Object.fromEntries(next) : undefined);
  return (
    <div className="collection" id={id}>
      {entries.map(([key, item], index) => (
        <div className="collection-row" key={key}>
          <code className="collection-key">{key}</code>
          <input
            className="nodrag"
            aria-label={`${name} value of ${key}`}
            value={show(item)}
            onChange={(e) => set(entries.map(([k, old], i) => [k, i === index ? parseLoose(e.target.value) : old]))}
          />
          <button type="button" className="nodrag" aria-label={`Remove ${name} key ${key}`} onClick={() => set(entries.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <form
        className="collection-row"
        onSubmit={(e) => {
          e.preventDefault();
          const key = draftKey.trim();
          if (key && !entries.some(([k]) => k === key)) set([...entries, [key, '']]);
          setDraftKey('');
        }}
      >
        <input className="nodrag" aria-label={`${name}: new key`} placeholder="new key" value={draftKey} onChange={(e) => setDraftKey(e.target.value)} />
        <button type="submit" className="nodrag add-row">
          + key
        </button>
      </form>
    </div>
  );
}
