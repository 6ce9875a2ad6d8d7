import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { stripe, stripeCredential } from './stripe-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const stripeRefundPayment = defineBlock({
  id: 'stripe.refund_payment',
  name: 'Stripe: Refund Payment',
  description: 'Refunds a Stripe payment, in full or in part, once: a run that resumes does not refund twice (the call carries an idempotency key).',
  categories: ['stripe', 'payments'],
  credentials: [stripeCredential],
  input: z.object({
    payment: z.string().regex(/^(pi|ch)_\w+$/, 'a payment intent (pi_…) or a charge (ch_…)'),
    amount: z.number().int().min(1).optional().describe('In the smallest unit (cents); without it, what is left of the payment.'),
    reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
    credential: z.string().optional(),
  }),
  output: z.object({
    refund_id: z.string(),
    amount: z.number(),
    currency: z.string(),
    status: z.string().describe('pending, succeeded, failed, requires_action or canceled.'),
  }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a key', input: { payment: 'pi_1' }, error: 'needs a credential of kind stripe_key' }],
  async *run({ payment, amount, reason }, ctx) {
    const form = { [payment.startsWith('pi_') ? 'payment_intent' : 'charge']: payment, amount, reason };
    const refund = (await stripe(ctx, apiPath`/v1/refunds`, { method: 'POST', form })) as { id: string; amount: number; currency: string; status?: string };
    yield ['refund_id', refund.id];
    yield ['amount', refund.amount];
    yield ['currency', refund.currency];
    yield ['status', refund.status ?? ''];
  },
});
