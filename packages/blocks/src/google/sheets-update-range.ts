import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { cellValue, google, googleCredential, spreadsheetInputs } from './google-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const googleSheetsUpdateRange = defineBlock({
  id: 'google_sheets.update_range',
  name: 'Google Sheets: Write',
  description: 'Writes values into a range of a spreadsheet, replacing what is there; values are read as if typed.',
  categories: ['google', 'productivity'],
  credentials: [googleCredential],
  input: z.object({ ...spreadsheetInputs, rows: z.array(z.array(cellValue)).min(1).max(10_000).describe('Row by row, from the range’s top-left cell.') }),
  output: z.object({ updated_range: z.string(), updated_cells: z.number().int() }),
  retry: { attempts: 1 },
  examples: [
    {
      name: 'needs a Google account',
      input: { spreadsheet_id: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', range: 'Sheet1!A1', rows: [['done']] },
      error: 'needs a credential of kind oauth2:google',
    },
  ],
  async *run({ spreadsheet_id, range, rows }, ctx) {
    const { body } = await google(ctx, 'sheets', apiPath`/spreadsheets/${spreadsheet_id}/values/${range}`, {
      method: 'PUT',
      query: { valueInputOption: 'USER_ENTERED' },
      json: { range, majorDimension: 'ROWS', values: rows },
    });
    const answer = body as { updatedRange?: string; updatedCells?: number };
    yield ['updated_range', answer.updatedRange ?? range];
    yield ['updated_cells', answer.updatedCells ?? 0];
  },
});
