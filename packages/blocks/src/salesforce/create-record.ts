import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { objectName, salesforce, salesforceCredential } from './salesforce-api.ts';

export const salesforceCreateRecord = defineBlock({
  id: 'salesforce.create_record',
  name: 'Salesforce: Create Record',
  description: 'Creates a record of any object (a Lead, a Contact, a custom object) from its fields by API name.',
  categories: ['salesforce', 'crm'],
  credentials: [salesforceCredential],
  input: z.object({
    object: objectName,
    fields: z.record(z.string(), z.unknown()).describe('Fields by API name, e.g. { "LastName": "Lovelace", "Company": "Analytical" }.'),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { object: 'Lead', fields: { LastName: 'Lovelace' } }, error: 'needs a credential of kind salesforce' }],
  async *run({ object, fields }, ctx) {
    const created = (await salesforce(ctx, apiPath`/sobjects/${object}`, { method: 'POST', json: fields })) as { id: string };
    yield ['id', created.id];
  },
});
