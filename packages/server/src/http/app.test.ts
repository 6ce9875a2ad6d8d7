import { describe, expect, it } from 'vitest';
import { redactSecrets } from './app.ts';

describe('request logging', () => {
  it('never logs webhook tokens', () => {
    expect(redactSecrets('/api/hooks/bsh_secret123?wait=true')).toBe('/api/hooks/[redacted]?wait=true');
    expect(redactSecrets('/api/graphs/abc')).toBe('/api/graphs/abc');
  });
});
