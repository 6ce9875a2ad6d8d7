import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { airtable, airtableCredential, recordId, recordSchema, tableInputs, toRecord } from './airtable-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const airtableUpdateRecord = defineBlock({
  id: 'airtable.update_record',
  name: 'Airtable: Update Record',
  description: 'Changes the given fields of an Airtable record; the others stay as they are.',
  categories: ['airtable', 'data'],
  credentials: [airtableCredential],
  input: z.object({
    ...tableInputs,
    record_id: recordId,
    fields: z.record(z.string(), z.unknown()),
  }),
  output: z.object({ record: recordSchema }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a token', input: { base_id: 'appABC', table: 'Tasks', record_id: 'recA', fields: {} }, error: 'needs a credential of kind airtable_token' },
  ],
  async *run({ base_id, table, record_id, fields }, ctx) {
    yield ['record', toRecord(await airtable(ctx, { base_id, table }, { method: 'PATCH', suffix: apiPath`/${record_id}`, json: { fields, typecast: true } }))];
  },
});
