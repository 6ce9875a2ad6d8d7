import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { customerSchema, metadataForm, stripe, stripeCredential, toCustomer } from './stripe-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const stripeCreateCustomer = defineBlock({
  id: 'stripe.create_customer',
  name: 'Stripe: Create Customer',
  description: 'Creates a Stripe customer with an email, a name and metadata.',
  categories: ['stripe', 'payments'],
  credentials: [stripeCredential],
  input: z.object({
    email: z.email(),
    name: z.string().optional(),
    description: z.string().optional(),
    metadata: z.record(z.string(), z.string()).default({}),
    credential: z.string().optional(),
  }),
  output: z.object({ customer: customerSchema }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a key', input: { email: 'ada@example.com' }, error: 'needs a credential of kind stripe_key' }],
  async *run({ email, name, description, metadata }, ctx) {
    const form = { email, name, description, ...metadataForm(metadata) };
    yield ['customer', toCustomer(await stripe(ctx, apiPath`/v1/customers`, { method: 'POST', form }))];
  },
});
