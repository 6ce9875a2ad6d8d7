import { parseCsv } from '@blocksmith/blocks/csv';
import { outputValue, type GraphRunRecord } from '@blocksmith/engine';
import type { NewCase } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';

/** The most cases one import or one dataset takes: an evaluation runs every case, each a run. */
export const MAX_CASES = 10_000;

/** A column of a CSV named `expected.<output>` holds expectations; `input.<name>` or a bare name holds inputs. */
const EXPECTED = 'expected.';
const INPUT = 'input.';

const invalid = (message: string) => new Refusal('invalid', 'invalid_cases', message);

/** A CSV cell as the value it spells: JSON numbers, booleans, null, objects, arrays and quoted strings are read as such; anything else is text. */
function cellValue(cell: string): unknown {
  const trimmed = cell.trim();
  if (/^(-?\d|true$|false$|null$|[[{"])/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return cell;
    }
  }
  return cell;
}

/**
 * Reads cases from a CSV (a header line; columns `expected.<output>` are expectations, the others —
 * `input.<name>` or the Input's bare name — inputs; an empty cell is left out) or from JSON Lines (one
 * `{"inputs": {…}, "expected": {…}}` per line). A bad line or row is refused, naming where.
 */
export function parseCases(format: 'csv' | 'jsonl', text: string): NewCase[] {
  const cases = format === 'csv' ? csvCases(text) : jsonlCases(text);
  if (cases.length === 0) throw invalid(`The ${format.toUpperCase()} holds no cases.`);
  if (cases.length > MAX_CASES) throw invalid(`The ${format.toUpperCase()} holds ${cases.length} cases; a dataset takes at most ${MAX_CASES}.`);
  return cases;
}

function csvCases(text: string): NewCase[] {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), text.includes('\t') && !text.includes(',') ? '\t' : ',');
  } catch (error) {
    throw invalid(`The CSV cannot be read: ${(error as Error).message}.`);
  }
  const [header, ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header) throw invalid('The CSV is empty: its first line must name the columns (inputs by name, expectations as expected.<output>).');
  const columns = header.map((name) => name.trim());
  const blank = columns.findIndex((name) => name === '' || name === EXPECTED || name === INPUT);
  if (blank >= 0) throw invalid(`Column ${blank + 1} of the CSV has no name; name it after an Input, or expected.<output> for an expectation.`);
  return body.map((row, index) => {
    if (row.length > columns.length) throw invalid(`Row ${index + 2} of the CSV has ${row.length} fields, but the header names ${columns.length} columns.`);
    const inputs: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    row.forEach((cell, i) => {
      if (cell === '') return;
      const column = columns[i]!;
      if (column.startsWith(EXPECTED)) expected[column.slice(EXPECTED.length)] = cellValue(cell);
      else inputs[column.startsWith(INPUT) ? column.slice(INPUT.length) : column] = cellValue(cell);
    });
    return { inputs, expected };
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function jsonlCases(text: string): NewCase[] {
  const cases: NewCase[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw invalid(`Line ${index + 1} of the JSON Lines is not JSON: ${(error as Error).message}.`);
    }
    if (!isObject(value) || !isObject(value.inputs) || (value.expected !== undefined && !isObject(value.expected))) {
      throw invalid(`Line ${index + 1} of the JSON Lines must be an object like {"inputs": {"topic": "…"}, "expected": {"answer": "…"}}.`);
    }
    const unknown = Object.keys(value).filter((key) => key !== 'inputs' && key !== 'expected');
    if (unknown.length)
      throw invalid(`Line ${index + 1} of the JSON Lines has ${unknown.map((k) => `"${k}"`).join(', ')}; a case has only "inputs" and "expected".`);
    cases.push({ inputs: value.inputs, expected: (value.expected as Record<string, unknown> | undefined) ?? {} });
  });
  return cases;
}

/** A case from a past run: its inputs, and what it put out as the expectation of each output (to edit before use). */
export function caseFromRun(run: GraphRunRecord): NewCase {
  return {
    inputs: run.inputs,
    expected: Object.fromEntries(Object.keys(run.outputs).map((name) => [name, outputValue(run.outputs, name)])),
    fromRunId: run.id,
  };
}
