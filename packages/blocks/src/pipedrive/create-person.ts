import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath } from '../shared/api-path.ts';
import { pipedrive, pipedriveCredential } from './pipedrive-api.ts';

export const pipedriveCreatePerson = defineBlock({
  id: 'pipedrive.create_person',
  name: 'Pipedrive: Create Person',
  description: 'Adds a person (a contact) to Pipedrive with their email and phone, in an organisation if given.',
  categories: ['pipedrive', 'crm'],
  credentials: [pipedriveCredential],
  input: z.object({
    name: z.string().min(1),
    email: z.email().optional(),
    phone: z.string().optional(),
    org_id: z.number().int().optional(),
    credential: z.string().optional(),
  }),
  output: z.object({ id: z.number(), name: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a token', input: { name: 'Ada Lovelace' }, error: 'needs a credential of kind pipedrive_token' }],
  async *run({ name, email, phone, org_id }, ctx) {
    const person = await pipedrive(ctx, apiPath`/persons`, {
      name,
      ...(email ? { email: [{ value: email, primary: true, label: 'work' }] } : {}),
      ...(phone ? { phone: [{ value: phone, primary: true, label: 'work' }] } : {}),
      ...(org_id !== undefined ? { org_id } : {}),
    });
    yield ['id', person.id as number];
    yield ['name', person.name as string];
  },
});
