import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { shopify, shopifyCredential } from './shopify-api.ts';
import { apiPath } from '../shared/api-path.ts';

export const shopifyCreateProduct = defineBlock({
  id: 'shopify.create_product',
  name: 'Shopify: Create Product',
  description: 'Adds a product to a shop with its description (HTML), price and SKU; a draft unless published.',
  categories: ['shopify', 'commerce'],
  credentials: [shopifyCredential],
  input: z.object({
    title: z.string().min(1),
    description_html: z.string().default(''),
    price: z
      .string()
      .regex(/^\d+(\.\d{1,2})?$/, 'a price like 19.99')
      .optional(),
    sku: z.string().optional(),
    vendor: z.string().optional(),
    tags: z.array(z.string()).default([]),
    publish: z.boolean().default(false),
    credential: z.string().optional(),
  }),
  output: z.object({ product_id: z.number(), handle: z.string(), status: z.string() }),
  retry: { attempts: 1 },
  examples: [{ name: 'needs a credential', input: { title: 'Mug' }, error: 'needs a credential of kind shopify' }],
  async *run({ title, description_html, price, sku, vendor, tags, publish }, ctx) {
    const product = {
      title,
      body_html: description_html,
      status: publish ? 'active' : 'draft',
      ...(vendor ? { vendor } : {}),
      ...(tags.length > 0 ? { tags: tags.join(', ') } : {}),
      ...(price || sku ? { variants: [{ ...(price ? { price } : {}), ...(sku ? { sku } : {}) }] } : {}),
    };
    const made = (await shopify(ctx, apiPath`/products.json`, { method: 'POST', json: { product } })) as {
      product: { id: number; handle: string; status: string };
    };
    yield ['product_id', made.product.id];
    yield ['handle', made.product.handle];
    yield ['status', made.product.status];
  },
});
