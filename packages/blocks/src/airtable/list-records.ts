import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { airtable, airtableCredential, recordSchema, tableInputs, toRecord } from './airtable-api.ts';

export const airtableListRecords = defineBlock({
  id: 'airtable.list_records',
  name: 'Airtable: List Records',
  description: 'Lists the records of an Airtable table, optionally filtered by a formula and in a view; follows pages up to the limit.',
  categories: ['airtable', 'data'],
  credentials: [airtableCredential],
  input: z.object({
    ...tableInputs,
    filter: z.string().optional().describe('An Airtable formula, e.g. {Status} = "Open".'),
    view: z.string().optional(),
    limit: z.number().int().min(1).max(10_000).default(100),
  }),
  output: z.object({ records: z.array(recordSchema) }),
  examples: [{ name: 'needs a token', input: { base_id: 'appABC', table: 'Tasks' }, error: 'needs a credential of kind airtable_token' }],
  async *run({ base_id, table, filter, view, limit }, ctx) {
    const records: z.infer<typeof recordSchema>[] = [];
    let offset: string | undefined;
    do {
      const page = (await airtable(
        ctx,
        { base_id, table },
        {
          query: {
            pageSize: String(Math.min(100, limit - records.length)),
            ...(filter ? { filterByFormula: filter } : {}),
            ...(view ? { view } : {}),
            ...(offset ? { offset } : {}),
          },
        },
      )) as { records: unknown[]; offset?: string };
      records.push(...page.records.map(toRecord));
      offset = page.offset;
    } while (offset && records.length < limit);
    yield ['records', records.slice(0, limit)];
  },
});
