import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Stripe's API as documented: Bearer secret key, form-encoded parameters, list objects, {error: {type, message, param}}. */
function fakeStripe(seen: { method: string; url: string; form: Record<string, string>; key: string | undefined }[]): Server {
  const invoice = { id: 'in_1', object: 'invoice', status: 'draft', total: 0, hosted_invoice_url: null as string | null };
  return fakeApiServer((req, _res, raw, json) => {
    const form = Object.fromEntries(new URLSearchParams(raw));
    seen.push({ method: req.method!, url: req.url!, form, key: req.headers['idempotency-key'] as string | undefined });
    if (req.headers.authorization !== 'Bearer sk_test_good')
      return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****bad' } });
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded' && req.method === 'POST') return json(400, { error: { message: 'form expected' } });
    const url = req.url!;
    if (url === '/v1/customers') {
      if (!form.email) return json(400, { error: { type: 'invalid_request_error', message: 'Missing required param: email.', param: 'email' } });
      return json(200, { id: 'cus_9', object: 'customer', email: form.email, name: form.name ?? null, created: 1796000000, metadata: {} });
    }
    if (url === '/v1/customers?email=ada%40example.com&limit=10')
      return json(200, {
        object: 'list',
        has_more: false,
        data: [{ id: 'cus_9', object: 'customer', email: 'ada@example.com', name: 'Ada', created: 1796000000 }],
      });
    if (url.startsWith('/v1/customers?')) return json(200, { object: 'list', has_more: false, data: [] });
    if (url === '/v1/refunds') {
      if (form.payment_intent === 'pi_spent')
        return json(400, { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Charge ch_1 has already been refunded.' } });
      return json(200, { id: 're_1', object: 'refund', amount: Number(form.amount ?? 900), currency: 'usd', status: 'succeeded' });
    }
    if (url.startsWith('/v1/payment_intents?'))
      return json(200, {
        object: 'list',
        has_more: true,
        data: [{ id: 'pi_1', amount: 900, currency: 'usd', status: 'succeeded', customer: 'cus_9', description: null, created: 1796000100 }],
      });
    if (url === '/v1/invoices') return json(200, invoice);
    if (url === '/v1/invoiceitems') {
      invoice.total += Number(form.amount);
      return json(200, { id: `ii_${invoice.total}`, invoice: form.invoice });
    }
    if (url === '/v1/invoices/in_1') return json(200, invoice);
    if (url === '/v1/invoices/in_1/finalize')
      return json(200, Object.assign(invoice, { status: 'open', hosted_invoice_url: 'https://invoice.stripe.com/i/1' }));
    if (url === '/v1/invoices/in_1/send') return json(200, invoice);
    json(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${url}).` } });
  });
}

describe('Stripe blocks against a local server speaking its API', () => {
  const seen: { method: string; url: string; form: Record<string, string>; key: string | undefined }[] = [];
  const run = providerSuite(fakeStripe(seen), (baseUrl) => ({ id: 'st', kind: 'stripe_key', fields: { secretKey: 'sk_test_good', baseUrl } }));

  it('creates a customer with metadata as form fields, under an idempotency key', async () => {
    const made = await run('stripe.create_customer', { email: 'ada@example.com', name: 'Ada', metadata: { plan: 'pro' } });
    expect(made.outputs.customer).toEqual([{ id: 'cus_9', email: 'ada@example.com', name: 'Ada', created: 1796000000 }]);
    expect(seen.at(-1)).toMatchObject({
      form: { email: 'ada@example.com', name: 'Ada', 'metadata[plan]': 'pro' },
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('lists payments and invoices a customer line by line, sending when asked', async () => {
    const listed = await run('stripe.list_payments', { customer: 'cus_9', limit: 5 });
    expect(listed.outputs).toEqual({
      payments: [[{ id: 'pi_1', amount: 900, currency: 'usd', status: 'succeeded', customer: 'cus_9', description: '', created: 1796000100 }]],
      has_more: [true],
    });
    expect(seen.at(-1)!.url).toBe('/v1/payment_intents?customer=cus_9&limit=5');
    const from = seen.length;
    const invoiced = await run('stripe.create_invoice', {
      customer: 'cus_9',
      lines: [
        { description: 'Pro plan', amount: 900 },
        { description: 'Seat', amount: 150 },
        { description: 'Seat', amount: 150 },
      ],
      send: true,
    });
    expect(invoiced.outputs).toEqual({ invoice_id: ['in_1'], status: ['open'], total: [1200], url: ['https://invoice.stripe.com/i/1'] });
    const calls = seen.slice(from);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /v1/invoices',
      'POST /v1/invoiceitems',
      'POST /v1/invoiceitems',
      'POST /v1/invoiceitems',
      'GET /v1/invoices/in_1',
      'POST /v1/invoices/in_1/finalize',
      'POST /v1/invoices/in_1/send',
    ]);
    expect(calls[0]!.form).toEqual({ customer: 'cus_9', currency: 'usd', collection_method: 'send_invoice', days_until_due: '30', auto_advance: 'false' });
    // Each create its own key, the two equal lines too (else Stripe would answer the second with the first).
    expect(new Set(calls.filter((c) => c.method === 'POST').map((c) => c.key)).size).toBe(6);
  });

  it('finds a customer by email, and refunds a payment in part under an idempotency key', async () => {
    expect((await run('stripe.find_customers', { email: 'ada@example.com' })).outputs.first).toEqual([
      { id: 'cus_9', email: 'ada@example.com', name: 'Ada', created: 1796000000 },
    ]);
    expect((await run('stripe.find_customers', { email: 'nobody@example.com' })).outputs).toEqual({ customers: [[]], first: [null] });
    const refunded = await run('stripe.refund_payment', { payment: 'pi_1', amount: 300, reason: 'requested_by_customer' });
    expect(refunded.outputs).toEqual({ refund_id: ['re_1'], amount: [300], currency: ['usd'], status: ['succeeded'] });
    expect(seen.at(-1)).toMatchObject({
      form: { payment_intent: 'pi_1', amount: '300', reason: 'requested_by_customer' },
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await run('stripe.refund_payment', { payment: 'ch_1' });
    expect(seen.at(-1)!.form).toEqual({ charge: 'ch_1' });
    expect((await run('stripe.refund_payment', { payment: 'pi_spent' })).error?.message).toContain('Charge ch_1 has already been refunded.');
    await expect(run('stripe.refund_payment', { payment: 'cus_9' })).rejects.toThrow('a payment intent (pi_…) or a charge (ch_…)');
  });

  it('says what Stripe refused', async () => {
    expect((await run('stripe.list_payments', {}, { secretKey: 'sk_test_bad' })).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining('Invalid API Key provided'),
    });
    await expect(run('stripe.create_invoice', { customer: 'cus_9', lines: [{ description: 'x', amount: 1 }], currency: 'USD' })).rejects.toThrow(
      'a three-letter ISO code in lower case',
    );
  });
});
