import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { objectName, salesforce, salesforceCredential } from './salesforce-api.ts';

export const salesforceUpdateRecord = defineBlock({
  id: 'salesforce.update_record',
  name: 'Salesforce: Update Record',
  description: 'Changes the given fields of one record, by its object and id; fields not given stay as they are.',
  categories: ['salesforce', 'crm'],
  credentials: [salesforceCredential],
  input: z.object({
    object: objectName,
    id: z.string().regex(/^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/, 'a Salesforce id (15 or 18 letters and digits)'),
    fields: z.record(z.string(), z.unknown()),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string() }),
  examples: [
    {
      name: 'needs a credential',
      input: { object: 'Lead', id: '00Q000000000001', fields: { Status: 'Working' } },
      error: 'needs a credential of kind salesforce',
    },
  ],
  async *run({ object, id, fields }, ctx) {
    // Salesforce answers 204 with no body: the change is the answer.
    await salesforce(ctx, apiPath`/sobjects/${object}/${id}`, { method: 'PATCH', json: fields });
    yield ['id', id];
  },
});
