import { BlockError, defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { crmObjectSchema, hubspot, hubspotCredential, propertiesOf, toCrmObject } from './hubspot-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const hubspotUpdateDeal = defineBlock({
  id: 'hubspot.update_deal',
  name: 'HubSpot: Update Deal',
  description: 'Moves a HubSpot deal to another stage, or changes its amount, close date, name or other properties; the rest stay as they are.',
  categories: ['hubspot', 'crm', 'sales'],
  credentials: [hubspotCredential],
  input: z.object({
    deal_id: z.string().regex(/^\d+$/, 'a deal id is a number'),
    stage: z.string().min(1).optional().describe('The stage’s internal id, e.g. closedwon.'),
    amount: z.number().nonnegative().optional(),
    close_date: z.iso.date().optional(),
    name: z.string().min(1).optional(),
    properties: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .default({})
      .describe('Other properties by internal name.'),
    credential: z.string().optional(),
  }),
  output: z.object({ deal: crmObjectSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { deal_id: '77', stage: 'closedwon' }, error: 'needs a credential of kind hubspot_token' }],
  async *run({ deal_id, stage, amount, close_date, name, properties }, ctx) {
    const changed = propertiesOf({ ...properties, dealstage: stage, amount, closedate: close_date, dealname: name });
    if (Object.keys(changed).length === 0)
      throw new BlockError('invalid_input', 'Give something to change: a stage, amount, close date, name or properties.', { retriable: false });
    yield ['deal', toCrmObject(await hubspot(ctx, apiPath`/crm/v3/objects/deals/${deal_id}`, { method: 'PATCH', json: { properties: changed } }))];
  },
});
