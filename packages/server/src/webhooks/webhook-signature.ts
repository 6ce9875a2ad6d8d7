import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureScheme } from '@blocksmith/store';

/** Slack and Stripe refuse replays older than five minutes; so does the check here. */
const MAX_AGE_S = 5 * 60;

/** The header each scheme's sender signs in, unless the webhook names another. */
export const SIGNATURE_HEADERS: Record<SignatureScheme, string> = {
  github: 'X-Hub-Signature-256',
  slack: 'X-Slack-Signature',
  stripe: 'Stripe-Signature',
};

/** The signature header value a sender computes: `sha256=` and the hex HMAC-SHA256 of the raw body (GitHub's X-Hub-Signature-256). */
export function signBody(body: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Slack's X-Slack-Signature: `v0=` and the hex HMAC-SHA256 of `v0:<X-Slack-Request-Timestamp>:<raw body>`. */
export function signSlack(body: Buffer, secret: string, timestamp: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/** Stripe's Stripe-Signature: `t=<timestamp>,v1=` and the hex HMAC-SHA256 of `<timestamp>.<raw body>`. */
export function signStripe(body: Buffer, secret: string, timestamp: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/** Whether `header` is the body's signature with `secret`, compared in constant time. */
export function signatureMatches(body: Buffer, secret: string, header: string | undefined): boolean {
  return header !== undefined && sameText(signBody(body, secret), header.trim());
}

/** What is wrong with a call's signature under the webhook's scheme, or undefined when it is good. */
export function signatureProblem(
  scheme: SignatureScheme,
  call: { body: Buffer; header: string | undefined; headerName: string; timestamp: string | undefined },
  secret: string,
  nowMs: number,
): string | undefined {
  if (scheme === 'github') {
    return signatureMatches(call.body, secret, call.header)
      ? undefined
      : `The ${call.headerName} header is missing or is not sha256=<HMAC-SHA256 of the body> with this webhook's secret.`;
  }
  if (scheme === 'stripe') return stripeProblem(call, secret, nowMs);
  const timestamp = Number(call.timestamp);
  if (!call.timestamp || !Number.isInteger(timestamp)) return 'The X-Slack-Request-Timestamp header is missing: Slack signs every request with it.';
  if (Math.abs(nowMs / 1000 - timestamp) > MAX_AGE_S)
    return 'The X-Slack-Request-Timestamp is more than five minutes away from now: a replayed request, or a clock that is off.';
  if (call.header === undefined || !sameText(signSlack(call.body, secret, call.timestamp), call.header.trim())) {
    return `The ${call.headerName} header is missing or is not v0=<HMAC-SHA256 of v0:timestamp:body> with this app's signing secret.`;
  }
  return undefined;
}

/**
 * Stripe's header carries its own timestamp and one `v1` signature per signing secret in use (two while a
 * secret is rolled): one of them must be this webhook's, for this body and timestamp.
 */
function stripeProblem(call: { body: Buffer; header: string | undefined; headerName: string }, secret: string, nowMs: number): string | undefined {
  const parts = (call.header ?? '').split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([key]) => key === 't')?.[1];
  const signatures = parts.filter(([key, value]) => key === 'v1' && value).map(([, value]) => value!);
  if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0) {
    return `The ${call.headerName} header is missing or is not t=<timestamp>,v1=<signature> as Stripe sends it.`;
  }
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_AGE_S)
    return `The ${call.headerName} timestamp is more than five minutes away from now: a replayed event, or a clock that is off.`;
  const expected = signStripe(call.body, secret, timestamp).split('v1=')[1]!;
  return signatures.some((signature) => sameText(expected, signature))
    ? undefined
    : `No v1 signature in the ${call.headerName} header is the HMAC-SHA256 of timestamp.body with this endpoint's signing secret (whsec_…).`;
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
