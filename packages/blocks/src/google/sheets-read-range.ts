import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cellValue, google, googleCredential, spreadsheetInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleSheetsReadRange = defineBlock({
  id: 'google_sheets.read_range',
  name: 'Google Sheets: Read',
  description: 'Reads a range of a spreadsheet as rows, and (with a header row) as objects keyed by the column titles.',
  categories: ['google', 'productivity'],
  credentials: [googleCredential],
  input: z.object({ ...spreadsheetInputs, header_row: z.boolean().default(true).describe('The first row holds column titles.') }),
  output: z.object({
    rows: z.array(z.array(cellValue)).describe('The values row by row, as shown in the sheet.'),
    records: z.array(z.record(z.string(), cellValue)).describe('With a header row: one object per row after it.'),
  }),
  examples: [
    {
      name: 'needs a Google account',
      input: { spreadsheet_id: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', range: 'Sheet1' },
      error: 'needs a credential of kind oauth2:google',
    },
  ],
  async *run({ spreadsheet_id, range, header_row }, ctx) {
    const { body } = await google(ctx, 'sheets', apiPath`/spreadsheets/${spreadsheet_id}/values/${range}`);
    const rows = ((body as { values?: (string | number | boolean)[][] }).values ?? []) as (string | number | boolean | null)[][];
    yield ['rows', rows];
    if (header_row && rows.length > 0) {
      const titles = rows[0]!.map((t, i) => String(t ?? '') || `column_${i + 1}`);
      yield ['records', rows.slice(1).map((row) => Object.fromEntries(titles.map((t, i) => [t, row[i] ?? null])))];
    } else {
      yield ['records', []];
    }
  },
});
