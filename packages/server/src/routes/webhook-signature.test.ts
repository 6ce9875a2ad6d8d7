import { describe, expect, it } from 'vitest';
import { signatureMatches, signBody } from './webhook-signature.ts';

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
