import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { customerSchema, stripe, stripeCredential, toCustomer } from './stripe-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const stripeFindCustomers = defineBlock({
  id: 'stripe.find_customers',
  name: 'Stripe: Find Customers',
  description: 'Finds Stripe customers by email (exact, as Stripe keeps it), newest first; gives the first one too, for a lookup before creating.',
  categories: ['stripe', 'payments'],
  credentials: [stripeCredential],
  input: z.object({
    email: z.string().min(1).describe('The address to look for (Stripe matches it ignoring case).'),
    limit: z.number().int().min(1).max(100).default(10),
    credential: z.string().optional(),
  }),
  output: z.object({ customers: z.array(customerSchema), first: customerSchema.nullable() }),
  examples: [{ name: 'needs a key', input: { email: 'ada@example.com' }, error: 'needs a credential of kind stripe_key' }],
  async *run({ email, limit }, ctx) {
    const list = (await stripe(ctx, apiPath`/v1/customers`, { form: { email, limit } })) as { data?: unknown[] };
    const customers = (list.data ?? []).map(toCustomer);
    yield ['customers', customers];
    yield ['first', customers[0] ?? null];
  },
});
