import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { airtable, airtableCredential, recordId, recordSchema, tableInputs, toRecord } from './airtable-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const airtableGetRecord = defineBlock({
  id: 'airtable.get_record',
  name: 'Airtable: Get Record',
  description: 'Reads one Airtable record by its id, with all its fields.',
  categories: ['airtable', 'data'],
  credentials: [airtableCredential],
  input: z.object({ ...tableInputs, record_id: recordId }),
  output: z.object({ record: recordSchema }),
  examples: [{ name: 'needs a token', input: { base_id: 'appABC', table: 'Tasks', record_id: 'recA' }, error: 'needs a credential of kind airtable_token' }],
  async *run({ base_id, table, record_id }, ctx) {
    yield ['record', toRecord(await airtable(ctx, { base_id, table }, { suffix: apiPath`/${record_id}` }))];
  },
});
