import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Shopify's Admin REST API as documented: X-Shopify-Access-Token, /admin/api/{version}/…json, {errors: "…" | {field: […]}} errors. */
function fakeShopify(seen: { url: string; body: unknown }[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = raw ? JSON.parse(raw) : undefined;
    seen.push({ url: req.url!, body });
    if (req.headers['x-shopify-access-token'] !== 'shpat_good')
      return json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/admin/api/2025-01/orders.json')
      return json(200, {
        orders: [
          {
            id: 450789469,
            name: '#1001',
            email: 'ada@example.com',
            created_at: '2026-12-06T10:00:00-05:00',
            total_price: '59.00',
            currency: 'USD',
            financial_status: 'paid',
            fulfillment_status: null,
            line_items: [{ title: 'Mug', quantity: 2, sku: 'MUG-1' }],
          },
        ],
      });
    if (url.pathname === '/admin/api/2025-01/products.json') {
      if (!body.product.title.trim()) return json(422, { errors: { title: ["can't be blank"] } });
      return json(201, { product: { id: 632910392, handle: 'mug', status: body.product.status } });
    }
    json(404, { errors: 'Not Found' });
  });
}

describe('Shopify blocks against a local server speaking its Admin API', () => {
  const seen: { url: string; body: unknown }[] = [];
  const run = providerSuite(fakeShopify(seen), (baseUrl) => ({ id: 'sh', kind: 'shopify', fields: { shopUrl: baseUrl, accessToken: 'shpat_good' } }));

  it('lists orders and creates a draft product with a variant', async () => {
    const listed = await run('shopify.list_orders', { status: 'open', since: '2026-12-01T00:00:00Z' });
    expect(listed.outputs.orders).toEqual([
      [
        {
          id: 450789469,
          name: '#1001',
          email: 'ada@example.com',
          created_at: '2026-12-06T10:00:00-05:00',
          total: '59.00',
          currency: 'USD',
          financial_status: 'paid',
          fulfillment_status: 'unfulfilled',
          items: [{ title: 'Mug', quantity: 2, sku: 'MUG-1' }],
        },
      ],
    ]);
    expect(seen.at(-1)!.url).toBe('/admin/api/2025-01/orders.json?status=open&created_at_min=2026-12-01T00%3A00%3A00Z&limit=50');
    const made = await run('shopify.create_product', { title: 'Mug', price: '19.50', sku: 'MUG-1', tags: ['kitchen', 'gift'] });
    expect(made.outputs).toEqual({ product_id: [632910392], handle: ['mug'], status: ['draft'] });
    expect(seen.at(-1)!.body).toEqual({
      product: { title: 'Mug', body_html: '', status: 'draft', tags: 'kitchen, gift', variants: [{ price: '19.50', sku: 'MUG-1' }] },
    });
  });

  it('says what Shopify refused, naming the field', async () => {
    expect((await run('shopify.create_product', { title: ' ' })).error?.message).toBe("Shopify answered 422: title: can't be blank");
    expect((await run('shopify.list_orders', {}, { accessToken: 'bad' })).error?.message).toContain('Invalid API key or access token');
  });
});
