import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { parseCsv } from '../shared/csv.ts';

export const dataCsvParse = defineBlock({
  id: 'data.csv_parse',
  name: 'Parse CSV',
  description: 'Reads CSV text into rows, and (with a header line) into objects keyed by the column names; quoted fields may hold commas and line breaks.',
  categories: ['data'],
  input: z.object({
    csv: z.string(),
    delimiter: z.string().length(1).default(',').describe('"," or ";" or a tab.'),
    header: z.boolean().default(true).describe('The first line names the columns.'),
  }),
  output: z.object({ records: z.array(z.record(z.string(), z.string())), rows: z.array(z.array(z.string())), columns: z.array(z.string()) }),
  examples: [
    {
      name: 'reads a header and quoted fields',
      input: { csv: 'name,note\nAda,"likes ""math"", tea"\nGrace,"two\nlines"\n' },
      output: {
        records: [
          [
            { name: 'Ada', note: 'likes "math", tea' },
            { name: 'Grace', note: 'two\nlines' },
          ],
        ],
        rows: [
          [
            ['name', 'note'],
            ['Ada', 'likes "math", tea'],
            ['Grace', 'two\nlines'],
          ],
        ],
        columns: [['name', 'note']],
      },
    },
    { name: 'says where the CSV is broken', input: { csv: 'a,b\n"open,2' }, error: 'a quoted field is not closed' },
  ],
  *run({ csv, delimiter, header }) {
    let rows: string[][];
    try {
      rows = parseCsv(csv.replace(/^\uFEFF/, ''), delimiter);
    } catch (error) {
      throw new BlockError('invalid_input', `The CSV cannot be read: ${(error as Error).message}.`, { retriable: false });
    }
    const columns = header && rows.length ? rows[0]!.map((c, i) => c.trim() || `column_${i + 1}`) : [];
    yield ['records', header ? rows.slice(1).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? '']))) : []];
    yield ['rows', rows];
    yield ['columns', columns];
  },
});
