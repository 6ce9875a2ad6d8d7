import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { airtable, airtableCredential, recordId, tableInputs } from './airtable-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const airtableDeleteRecord = defineBlock({
  id: 'airtable.delete_record',
  name: 'Airtable: Delete Record',
  description: 'Deletes an Airtable record by its id.',
  categories: ['airtable', 'data'],
  credentials: [airtableCredential],
  input: z.object({ ...tableInputs, record_id: recordId }),
  output: z.object({ deleted: z.boolean(), record_id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { base_id: 'appABC', table: 'Tasks', record_id: 'recA' }, error: 'needs a credential of kind airtable_token' }],
  async *run({ base_id, table, record_id }, ctx) {
    const answer = (await airtable(ctx, { base_id, table }, { method: 'DELETE', suffix: apiPath`/${record_id}` })) as { id?: string; deleted?: boolean };
    yield ['deleted', answer.deleted === true];
    yield ['record_id', answer.id ?? record_id];
  },
});
