import { parseCsv } from '@blocksmith/blocks/csv';

/**
 * A CSV with a header line, as its column names and the rows below them (blank lines left out).
 * Tab-separated when it has tabs and no commas. `refuse` makes the error for a CSV that cannot be read,
 * has no header, an unnamed column or a row longer than the header; each message says where.
 */
export function readCsvTable(text: string, refuse: (message: string) => Error): { header: string[]; rows: string[][] } {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), text.includes('\t') && !text.includes(',') ? '\t' : ',');
  } catch (error) {
    throw refuse(`The CSV cannot be read: ${(error as Error).message}.`);
  }
  const [first, ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!first) throw refuse('The CSV is empty: its first line must name the columns.');
  const header = first.map((name) => name.trim());
  body.forEach((row, index) => {
    if (row.length > header.length) throw refuse(`Row ${index + 2} of the CSV has ${row.length} fields, but the header names ${header.length} columns.`);
  });
  return { header, rows: body };
}
