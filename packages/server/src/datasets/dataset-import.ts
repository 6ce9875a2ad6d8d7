import { outputValue, type GraphRunRecord } from '@blocksmith/engine';
import type { NewCase } from '@blocksmith/store';
import { Refusal } from '../platform/refusal.ts';
import { readCsvTable } from '../util/csv-table.ts';

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
  const { header: columns, rows: body } = readCsvTable(text, invalid);
  const blank = columns.findIndex((name) => name === '' || name === EXPECTED || name === INPUT);
  if (blank >= 0) throw invalid(`Column ${blank + 1} of the CSV has no name; name it after an Input, or expected.<output> for an expectation.`);
  return body.map((row) => caseOf(row.flatMap((cell, i) => (cell === '' ? [] : [[columns[i]!, cellValue(cell)] as const]))));
}

/** A case from named values: `expected.<output>` an expectation, `input.<name>` or a bare name an input. */
function caseOf(cells: readonly (readonly [string, unknown])[]): NewCase {
  // Built from entries, so a column named "__proto__" is a value like any other, not the object's prototype.
  const expected = Object.fromEntries(cells.filter(([c]) => c.startsWith(EXPECTED)).map(([c, value]) => [c.slice(EXPECTED.length), value]));
  const inputs = Object.fromEntries(
    cells.filter(([c]) => !c.startsWith(EXPECTED)).map(([c, value]) => [c.startsWith(INPUT) ? c.slice(INPUT.length) : c, value]),
  );
  return { inputs, expected };
}

/** Cases from a data table's rows, its columns named as a CSV's would be (an empty cell left out). */
export function tableCases(table: string, rows: readonly Record<string, unknown>[], columns: readonly string[]): NewCase[] {
  if (rows.length === 0) throw invalid(`Data table "${table}" has no rows.`);
  return rows.map((row) => caseOf(columns.flatMap((c) => (row[c] === null || row[c] === undefined || row[c] === '' ? [] : [[c, row[c]] as const]))));
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
