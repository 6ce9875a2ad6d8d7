import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { crmObjectSchema, hubspot, hubspotCredential, propertiesOf, toCrmObject } from './hubspot-api.ts';
import { apiPath } from '../shared/api-path.ts';

/** HubSpot's association type for a deal to a contact (HUBSPOT_DEFINED). */
const DEAL_TO_CONTACT = 3;

export const hubspotCreateDeal = defineBlock({
  id: 'hubspot.create_deal',
  name: 'HubSpot: Create Deal',
  description: 'Creates a deal in a HubSpot pipeline stage, with its amount and close date, linked to a contact if given.',
  categories: ['hubspot', 'crm', 'sales'],
  credentials: [hubspotCredential],
  input: z.object({
    name: z.string().min(1),
    stage: z.string().min(1).default('appointmentscheduled').describe('The stage’s internal id in the pipeline.'),
    pipeline: z.string().min(1).default('default'),
    amount: z.number().nonnegative().optional(),
    close_date: z.iso.date().optional(),
    contact_id: z.string().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ deal: crmObjectSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { name: 'Renewal' }, error: 'needs a credential of kind hubspot_token' }],
  async *run({ name, stage, pipeline, amount, close_date, contact_id }, ctx) {
    const json = {
      properties: propertiesOf({ dealname: name, dealstage: stage, pipeline, amount, closedate: close_date }),
      ...(contact_id
        ? { associations: [{ to: { id: contact_id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: DEAL_TO_CONTACT }] }] }
        : {}),
    };
    yield ['deal', toCrmObject(await hubspot(ctx, apiPath`/crm/v3/objects/deals`, { method: 'POST', json }))];
  },
});
