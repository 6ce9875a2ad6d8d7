import type { ColumnType, DataColumn } from '@blocksmith/sdk';
import { BlockError } from '@blocksmith/sdk';

/** A value that cannot go into its column: the message names the column, the value and what it takes. */
export class CellRefused extends BlockError {
  constructor(message: string) {
    super('invalid_input', message, { retriable: false });
  }
}

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const TAKES: Record<ColumnType, string> = {
  text: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date (ISO 8601, e.g. 2026-12-07 or 2026-12-07T09:30:00Z, or milliseconds since 1970)',
  json: 'any JSON value',
};

/**
 * A value as its column keeps it: text as a string (numbers and booleans written as text), a finite number
 * (numeric text read), a boolean ("true"/"false" read), a date as its ISO 8601 instant, JSON as given. An
 * empty value (null, undefined, "") is null in every column but text, where "" stays.
 */
export function cellValue(column: DataColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value === '' && column.type !== 'text' && column.type !== 'json') return null;
  const refuse = (): never => {
    throw new CellRefused(`Column "${column.name}" takes ${TAKES[column.type]}; ${shown(value)} is not.`);
  };
  switch (column.type) {
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return refuse();
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : refuse();
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
      return refuse();
    case 'date': {
      const time = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? Date.parse(value.trim()) : NaN;
      return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : refuse();
    }
    case 'json':
      return structuredClone(value);
  }
}
