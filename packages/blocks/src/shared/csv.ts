/** Reads CSV as RFC 4180 writes it: quoted fields may hold the delimiter, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('a quoted field is not closed (a " is missing)');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Writes one CSV field, quoted when it holds the delimiter, a quote or a line break. With
 * `escapeFormulas`, text a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or a carriage return) gets a leading ' so it shows as text; numbers, and text that is only
 * a number (-5, +1.5), stay as they are.
 */
export function csvField(value: unknown, delimiter: string, escapeFormulas = false): string {
  let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (escapeFormulas && typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
