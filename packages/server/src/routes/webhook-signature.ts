import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature header value a sender computes: `sha256=` and the hex HMAC-SHA256 of the raw body (GitHub's X-Hub-Signature-256). */
export function signBody(body: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the body's signature with `secret`, compared in constant time. */
export function signatureMatches(body: Buffer, secret: string, header: string | undefined): boolean {
  if (header === undefined) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
