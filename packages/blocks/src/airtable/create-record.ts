import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { airtable, airtableCredential, recordSchema, tableInputs, toRecord } from './airtable-api.ts';

export const airtableCreateRecord = defineBlock({
  id: 'airtable.create_record',
  name: 'Airtable: Create Record',
  description: 'Adds a record (its fields by name) to an Airtable table.',
  categories: ['airtable', 'data'],
  credentials: [airtableCredential],
  input: z.object({ ...tableInputs, fields: z.record(z.string(), z.unknown()).describe('Field values by field name.') }),
  output: z.object({ record: recordSchema }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a token', input: { base_id: 'appABC', table: 'Tasks', fields: { Name: 'x' } }, error: 'needs a credential of kind airtable_token' },
  ],
  async *run({ base_id, table, fields }, ctx) {
    const created = (await airtable(ctx, { base_id, table }, { method: 'POST', json: { fields, typecast: true } })) as unknown;
    yield ['record', toRecord(created)];
  },
});
