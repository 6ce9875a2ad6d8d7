import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { csvField } from '../shared/csv.ts';

export const dataCsvFormat = defineBlock({
  id: 'data.csv_format',
  name: 'Make CSV',
  description: 'Writes a list of objects (or of rows) as CSV text with a header line, quoting what needs it — for spreadsheets or Save as File.',
  categories: ['data'],
  input: z.object({
    records: z.array(z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())])).describe('Objects (their keys become the columns) or rows.'),
    columns: z.array(z.string()).optional().describe('Which columns, in order; default every key, in the order first seen.'),
    delimiter: z.string().length(1).default(','),
    allow_formulas: z
      .boolean()
      .default(false)
      .describe("Off: text starting with =, +, -, @ gets a leading ' so spreadsheets show it instead of running it as a formula. On: written as it is."),
  }),
  output: z.object({ csv: z.string() }),
  examples: [
    {
      name: 'writes objects with a header, quoting commas and quotes',
      input: {
        records: [
          { name: 'Ada', note: 'tea, "math"' },
          { name: 'Grace', age: 85 },
        ],
      },
      output: { csv: ['name,note,age\r\nAda,"tea, ""math""",\r\nGrace,,85\r\n'] },
    },
    {
      name: 'writes rows as they are',
      input: {
        records: [
          ['a', 1],
          ['b', 2],
        ],
      },
      output: { csv: ['a,1\r\nb,2\r\n'] },
    },
    {
      name: 'keeps spreadsheets from running text as formulas, unless allowed',
      input: { records: [{ cell: '=HYPERLINK("http://x.test","click")', sum: '+1+2', at: '@SUM(A1)', n: -5, text: '-5' }] },
      output: { csv: ['cell,sum,at,n,text\r\n"\'=HYPERLINK(""http://x.test"",""click"")",\'+1+2,\'@SUM(A1),-5,-5\r\n'] },
    },
    { name: 'writes formulas when allowed', input: { records: [['=1+1']], allow_formulas: true }, output: { csv: ['=1+1\r\n'] } },
    { name: 'refuses a mix of objects and rows', input: { records: [{ a: 1 }, ['x']] }, error: 'all objects or all rows' },
  ],
  *run({ records, columns, delimiter, allow_formulas }) {
    const rows = records.filter(Array.isArray);
    if (rows.length && rows.length !== records.length)
      throw new BlockError('invalid_input', 'Give records as all objects or all rows, not a mix.', { retriable: false });
    const line = (values: unknown[]) => `${values.map((v) => csvField(v, delimiter, !allow_formulas)).join(delimiter)}\r\n`;
    if (rows.length) return yield ['csv', rows.map(line).join('')];
    const objects = records as Record<string, unknown>[];
    const names = columns ?? [...new Set(objects.flatMap((o) => Object.keys(o)))];
    yield ['csv', line(names) + objects.map((o) => line(names.map((n) => o[n]))).join('')];
  },
});
