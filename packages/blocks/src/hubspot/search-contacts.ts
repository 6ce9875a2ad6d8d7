import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { crmObjectSchema, hubspot, hubspotCredential, toCrmObject } from './hubspot-api.ts';
import { apiPath } from '../shared/api-path.ts';

const PROPERTIES = ['email', 'firstname', 'lastname', 'company', 'phone', 'lifecyclestage'];

export const hubspotSearchContacts = defineBlock({
  id: 'hubspot.search_contacts',
  name: 'HubSpot: Search Contacts',
  description: 'Finds HubSpot contacts by words (name, email, phone, company) or by one property’s exact value.',
  categories: ['hubspot', 'crm', 'sales'],
  credentials: [hubspotCredential],
  input: z.object({
    query: z.string().optional().describe('Words to look for in the default searchable properties.'),
    property: z.string().optional().describe('A property’s internal name, e.g. email; with `value`.'),
    value: z.string().optional(),
    limit: z.number().int().min(1).max(100).default(10),
    credential: z.string().optional(),
  }),
  output: z.object({ contacts: z.array(crmObjectSchema), total: z.number() }),
  examples: [{ name: 'needs a token', input: { query: 'ada' }, error: 'needs a credential of kind hubspot_token' }],
  async *run({ query, property, value, limit }, ctx) {
    const byProperty = property !== undefined && value !== undefined;
    const json = {
      ...(query ? { query } : {}),
      ...(byProperty ? { filterGroups: [{ filters: [{ propertyName: property, operator: 'EQ', value }] }] } : {}),
      properties: PROPERTIES,
      limit,
    };
    const found = (await hubspot(ctx, apiPath`/crm/v3/objects/contacts/search`, { method: 'POST', json })) as { total?: number; results?: unknown[] };
    yield ['contacts', (found.results ?? []).map(toCrmObject)];
    yield ['total', found.total ?? 0];
  },
});
