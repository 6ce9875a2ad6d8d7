import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { crmObjectSchema, hubspot, hubspotCredential, propertiesOf, toCrmObject } from './hubspot-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const hubspotUpdateContact = defineBlock({
  id: 'hubspot.update_contact',
  name: 'HubSpot: Update Contact',
  description: 'Changes properties of a HubSpot contact, found by its id or its email; properties not given stay as they are.',
  categories: ['hubspot', 'crm', 'sales'],
  credentials: [hubspotCredential],
  input: z.object({
    contact: z.string().min(1).describe('The contact’s id, or its email address.'),
    properties: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .refine((p) => Object.keys(p).length > 0, 'at least one property to change')
      .describe('Properties by internal name, e.g. { "lifecyclestage": "customer", "phone": "+44 20 7946 0000" }.'),
    credential: z.string().optional(),
  }),
  output: z.object({ contact: crmObjectSchema }),
  examples: [
    {
      name: 'needs a token',
      input: { contact: 'ada@example.com', properties: { lifecyclestage: 'customer' } },
      error: 'needs a credential of kind hubspot_token',
    },
  ],
  async *run({ contact, properties }, ctx) {
    // HubSpot addresses a contact by its email when told that the id is one (idProperty=email).
    const byEmail = contact.includes('@');
    const path = byEmail ? apiPath`/crm/v3/objects/contacts/${contact}?idProperty=email` : apiPath`/crm/v3/objects/contacts/${contact}`;
    yield ['contact', toCrmObject(await hubspot(ctx, path, { method: 'PATCH', json: { properties: propertiesOf(properties) } }))];
  },
});
