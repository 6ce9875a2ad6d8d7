import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { crmObjectSchema, hubspot, hubspotCredential, propertiesOf, toCrmObject } from './hubspot-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const hubspotCreateContact = defineBlock({
  id: 'hubspot.create_contact',
  name: 'HubSpot: Create Contact',
  description: 'Adds a contact to HubSpot CRM; other properties (by their internal names) may be given too.',
  categories: ['hubspot', 'crm', 'sales'],
  credentials: [hubspotCredential],
  input: z.object({
    email: z.email(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    company: z.string().optional(),
    phone: z.string().optional(),
    properties: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .default({})
      .describe('More properties by internal name, e.g. { "lifecyclestage": "lead" }.'),
    credential: z.string().optional(),
  }),
  output: z.object({ contact: crmObjectSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { email: 'ada@example.com' }, error: 'needs a credential of kind hubspot_token' }],
  async *run({ email, first_name, last_name, company, phone, properties }, ctx) {
    const json = { properties: propertiesOf({ ...properties, email, firstname: first_name, lastname: last_name, company, phone }) };
    yield ['contact', toCrmObject(await hubspot(ctx, apiPath`/crm/v3/objects/contacts`, { method: 'POST', json }))];
  },
});
