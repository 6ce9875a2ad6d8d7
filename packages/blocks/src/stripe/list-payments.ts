import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { stripe, stripeCredential } from './stripe-api.ts';
import { apiPath } from '../shared/api-path.ts';

const paymentSchema = z.object({
  id: z.string(),
  amount: z.number().describe('In the currency’s smallest unit (cents).'),
  currency: z.string(),
  status: z.string(),
  customer: z.string(),
  description: z.string(),
  created: z.number(),
});

export const stripeListPayments = defineBlock({
  id: 'stripe.list_payments',
  name: 'Stripe: List Payments',
  description: 'Lists recent Stripe payments (payment intents), newest first: all, or one customer’s.',
  categories: ['stripe', 'payments'],
  credentials: [stripeCredential],
  input: z.object({
    customer: z.string().optional().describe('A customer id (cus_…).'),
    limit: z.number().int().min(1).max(100).default(10),
    credential: z.string().optional(),
  }),
  output: z.object({ payments: z.array(paymentSchema), has_more: z.boolean() }),
  examples: [{ name: 'needs a key', input: {}, error: 'needs a credential of kind stripe_key' }],
  async *run({ customer, limit }, ctx) {
    const list = (await stripe(ctx, apiPath`/v1/payment_intents`, { form: { customer, limit } })) as {
      data?: { id: string; amount: number; currency: string; status: string; customer?: string | null; description?: string | null; created: number }[];
      has_more?: boolean;
    };
    yield [
      'payments',
      (list.data ?? []).map((p) => ({
        id: p.id,
        amount: p.amount,
        currency: p.currency,
        status: p.status,
        customer: p.customer ?? '',
        description: p.description ?? '',
        created: p.created,
      })),
    ];
    yield ['has_more', list.has_more ?? false];
  },
});
