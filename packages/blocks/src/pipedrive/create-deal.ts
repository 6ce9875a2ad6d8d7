import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { pipedrive, pipedriveCredential } from './pipedrive-api.ts';

export const pipedriveCreateDeal = defineBlock({
  id: 'pipedrive.create_deal',
  name: 'Pipedrive: Create Deal',
  description: 'Opens a deal in Pipedrive with its value, for a person or an organisation, in a stage of a pipeline if given.',
  categories: ['pipedrive', 'crm'],
  credentials: [pipedriveCredential],
  input: z.object({
    title: z.string().min(1),
    value: z.number().min(0).optional(),
    currency: z.string().length(3).default('USD'),
    person_id: z.number().int().optional(),
    org_id: z.number().int().optional(),
    stage_id: z.number().int().optional(),
    expected_close_date: z.iso.date().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.number(), title: z.string(), status: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { title: 'Analytical Engine' }, error: 'needs a credential of kind pipedrive_token' }],
  async *run({ title, value, currency, person_id, org_id, stage_id, expected_close_date }, ctx) {
    const deal = await pipedrive(ctx, apiPath`/deals`, {
      title,
      ...(value !== undefined ? { value, currency } : {}),
      ...(person_id !== undefined ? { person_id } : {}),
      ...(org_id !== undefined ? { org_id } : {}),
      ...(stage_id !== undefined ? { stage_id } : {}),
      ...(expected_close_date ? { expected_close_date } : {}),
    });
    yield ['id', deal.id as number];
    yield ['title', deal.title as string];
    yield ['status', deal.status as string];
  },
});
