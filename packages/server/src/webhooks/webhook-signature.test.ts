import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { signatureMatches, signatureProblem, signBody, signSlack, signStripe } from './webhook-signature.ts';

describe('webhook signatures', () => {
  it("match GitHub's X-Hub-Signature-256 for its documented example", () => {
    // The example of GitHub's "Validating webhook deliveries" page.
    expect(signBody(Buffer.from('Hello, World!'), "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  it('refuse a missing, wrong or truncated signature, and another body', () => {
    const body = Buffer.from('{"a":1}');
    const good = signBody(body, 'secret-1');
    expect(signatureMatches(body, 'secret-1', good)).toBe(true);
    expect(signatureMatches(body, 'secret-1', undefined)).toBe(false);
    expect(signatureMatches(body, 'secret-2', good)).toBe(false);
    expect(signatureMatches(body, 'secret-1', good.slice(0, -2))).toBe(false);
    expect(signatureMatches(Buffer.from('{"a":2}'), 'secret-1', good)).toBe(false);
  });
});

describe('Slack request signatures', () => {
  const secret = '8f742231b10e8888abcd99yyyzzz85a5';
  const body = Buffer.from('{"type":"event_callback","event":{"type":"app_mention","text":"hi"}}');
  const now = 1_700_000_000_000;
  const call = (header: string | undefined, timestamp: string | undefined) => ({ body, header, headerName: 'X-Slack-Signature', timestamp });

  it('accept v0=HMAC of v0:timestamp:body within five minutes', () => {
    const ts = String(now / 1000 - 60);
    const good = signSlack(body, secret, ts);
    expect(good).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(signatureProblem('slack', call(good, ts), secret, now)).toBeUndefined();
  });

  it('refuse another body, another secret, no timestamp, and a replay older than five minutes', () => {
    const ts = String(now / 1000);
    const good = signSlack(body, secret, ts);
    expect(signatureProblem('slack', { ...call(good, ts), body: Buffer.from('{}') }, secret, now)).toMatch(/is not v0=/);
    expect(signatureProblem('slack', call(good, ts), 'another-secret', now)).toMatch(/is not v0=/);
    expect(signatureProblem('slack', call(good, undefined), secret, now)).toMatch(/X-Slack-Request-Timestamp header is missing/);
    const old = String(now / 1000 - 301);
    expect(signatureProblem('slack', call(signSlack(body, secret, old), old), secret, now)).toMatch(/more than five minutes/);
    // A signature made for GitHub's scheme does not pass Slack's.
    expect(signatureProblem('slack', call(signBody(body, secret), ts), secret, now)).toMatch(/is not v0=/);
  });
});

describe('Stripe signatures', () => {
  const secret = 'whsec_test_secret_of_an_endpoint';
  const body = Buffer.from('{"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","amount":2000}}}');
  const now = 1_700_000_000_000;
  const ts = String(now / 1000 - 30);
  const call = (header: string | undefined) => ({ body, header, headerName: 'Stripe-Signature', timestamp: undefined });
  /** As Stripe documents it: v1 is the hex HMAC-SHA256, keyed by the endpoint's secret, of `timestamp.payload`. */
  const v1 = (at: string, key = secret) => createHmac('sha256', key).update(`${at}.${body.toString()}`).digest('hex');

  it('accept t=…,v1=… of timestamp.body within five minutes, among other schemes and a rolled secret’s signature', () => {
    expect(signStripe(body, secret, ts)).toBe(`t=${ts},v1=${v1(ts)}`);
    expect(signatureProblem('stripe', call(`t=${ts},v1=${v1(ts)}`), secret, now)).toBeUndefined();
    // While a secret is rolled, Stripe signs with both; v0 is its test-mode scheme, not checked.
    expect(signatureProblem('stripe', call(`t=${ts}, v1=${v1(ts, 'whsec_the_old_secret')}, v1=${v1(ts)}, v0=${'0'.repeat(64)}`), secret, now)).toBeUndefined();
  });

  it('refuse another body or secret, a missing part, and a replay older than five minutes', () => {
    expect(signatureProblem('stripe', { ...call(signStripe(body, secret, ts)), body: Buffer.from('{}') }, secret, now)).toMatch(/No v1 signature/);
    expect(signatureProblem('stripe', call(signStripe(body, 'whsec_another', ts)), secret, now)).toMatch(/No v1 signature/);
    expect(signatureProblem('stripe', call(undefined), secret, now)).toMatch(/is missing or is not t=<timestamp>,v1=<signature>/);
    expect(signatureProblem('stripe', call(`v1=${v1(ts)}`), secret, now)).toMatch(/is missing or is not t=/);
    expect(signatureProblem('stripe', call(`t=${ts}`), secret, now)).toMatch(/is missing or is not t=/);
    const old = String(now / 1000 - 301);
    expect(signatureProblem('stripe', call(signStripe(body, secret, old)), secret, now)).toMatch(/more than five minutes/);
    // GitHub's signature of the same body does not pass Stripe's scheme.
    expect(signatureProblem('stripe', call(signBody(body, secret)), secret, now)).toMatch(/is missing or is not t=/);
  });
});
