import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cellValue, google, googleCredential, spreadsheetInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleSheetsAppendRows = defineBlock({
  id: 'google_sheets.append_rows',
  name: 'Google Sheets: Append Rows',
  description: 'Adds rows after the last row of a table in a spreadsheet; values are read as if typed (numbers, dates, formulas).',
  categories: ['google', 'productivity'],
  credentials: [googleCredential],
  input: z.object({ ...spreadsheetInputs, rows: z.array(z.array(cellValue)).min(1).max(10_000).describe('Each row a list of cell values.') }),
  output: z.object({ updated_range: z.string(), updated_rows: z.number().int() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Google account',
      input: { spreadsheet_id: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', range: 'Sheet1', rows: [['a', 1]] },
      error: 'needs a credential of kind oauth2:google',
    },
  ],
  async *run({ spreadsheet_id, range, rows }, ctx) {
    const { body } = await google(ctx, 'sheets', apiPath`/spreadsheets/${spreadsheet_id}/values/${range}:append`, {
      method: 'POST',
      query: { valueInputOption: 'USER_ENTERED', insertDataOption: 'INSERT_ROWS' },
      json: { values: rows },
    });
    const updates = (body as { updates?: { updatedRange?: string; updatedRows?: number } }).updates ?? {};
    yield ['updated_range', updates.updatedRange ?? ''];
    yield ['updated_rows', updates.updatedRows ?? 0];
  },
});
