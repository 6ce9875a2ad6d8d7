import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { stripe, stripeCredential } from './stripe-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const stripeCreateInvoice = defineBlock({
  id: 'stripe.create_invoice',
  name: 'Stripe: Create Invoice',
  description: 'Invoices a Stripe customer for some lines; sends it by email when asked (else it stays a draft to review in Stripe).',
  categories: ['stripe', 'payments'],
  credentials: [stripeCredential],
  input: z.object({
    customer: z.string().min(1).describe('A customer id (cus_…).'),
    lines: z
      .array(z.object({ description: z.string().min(1), amount: z.number().int().positive().describe('In cents (the currency’s smallest unit).') }))
      .min(1),
    currency: z
      .string()
      .regex(/^[a-z]{3}$/, 'a three-letter ISO code in lower case, e.g. usd')
      .default('usd'),
    days_until_due: z.number().int().min(1).max(365).default(30),
    send: z.boolean().default(false).describe('Finalize it and email it to the customer now.'),
    credential: z.string().optional(),
  }),
  output: z.object({ invoice_id: z.string(), status: z.string(), total: z.number(), url: z.string() }),
  retry: { attempts: 1 },
  examples: [
    { name: 'needs a key', input: { customer: 'cus_1', lines: [{ description: 'Plan', amount: 900 }] }, error: 'needs a credential of kind stripe_key' },
  ],
  async *run({ customer, lines, currency, days_until_due, send }, ctx) {
    const invoice = (await stripe(ctx, apiPath`/v1/invoices`, {
      method: 'POST',
      form: { customer, currency, collection_method: 'send_invoice', days_until_due, auto_advance: false },
    })) as { id: string };
    for (const [index, line] of lines.entries()) {
      await stripe(ctx, apiPath`/v1/invoiceitems`, {
        method: 'POST',
        form: { customer, invoice: invoice.id, description: line.description, amount: line.amount, currency },
        repeat: index,
      });
    }
    let done = (await stripe(ctx, apiPath`/v1/invoices/${invoice.id}`)) as { id: string; status: string; total: number; hosted_invoice_url?: string | null };
    if (send) {
      await stripe(ctx, apiPath`/v1/invoices/${invoice.id}/finalize`, { method: 'POST' });
      done = (await stripe(ctx, apiPath`/v1/invoices/${invoice.id}/send`, { method: 'POST' })) as typeof done;
    }
    yield ['invoice_id', done.id];
    yield ['status', done.status];
    yield ['total', done.total];
    yield ['url', done.hosted_invoice_url ?? ''];
  },
});
