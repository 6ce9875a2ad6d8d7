import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { shopify, shopifyCredential } from './shopify-api.ts';
import { apiPath } from '../shared/api-path.ts';

const orderSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  created_at: z.string(),
  total: z.string(),
  currency: z.string(),
  financial_status: z.string(),
  fulfillment_status: z.string(),
  items: z.array(z.object({ title: z.string(), quantity: z.number(), sku: z.string() })),
});

export const shopifyListOrders = defineBlock({
  id: 'shopify.list_orders',
  name: 'Shopify: List Orders',
  description: 'Lists a shop’s recent orders, newest first: open, closed or any; since a date if given.',
  categories: ['shopify', 'commerce'],
  credentials: [shopifyCredential],
  input: z.object({
    status: z.enum(['open', 'closed', 'cancelled', 'any']).default('any'),
    since: z.iso.datetime({ offset: true }).optional().describe('Only orders created at or after this time.'),
    limit: z.number().int().min(1).max(250).default(50),
    credential: z.string().optional(),
  }),
  output: z.object({ orders: z.array(orderSchema) }),
  examples: [{ name: 'needs a credential', input: {}, error: 'needs a credential of kind shopify' }],
  async *run({ status, since, limit }, ctx) {
    const found = (await shopify(ctx, apiPath`/orders.json`, { query: { status, created_at_min: since, limit: String(limit) } })) as {
      orders?: {
        id: number;
        name: string;
        email?: string | null;
        created_at: string;
        total_price: string;
        currency: string;
        financial_status?: string | null;
        fulfillment_status?: string | null;
        line_items?: { title: string; quantity: number; sku?: string | null }[];
      }[];
    };
    yield [
      'orders',
      (found.orders ?? []).map((o) => ({
        id: o.id,
        name: o.name,
        email: o.email ?? '',
        created_at: o.created_at,
        total: o.total_price,
        currency: o.currency,
        financial_status: o.financial_status ?? '',
        fulfillment_status: o.fulfillment_status ?? 'unfulfilled',
        items: (o.line_items ?? []).map((i) => ({ title: i.title, quantity: i.quantity, sku: i.sku ?? '' })),
      })),
    ];
  },
});
