import { describe, expect, it } from 'vitest';
import { policySummary, withPolicyField } from './node-options.ts';

describe('node retry and timeout options', () => {
  it('sets and removes single fields, and drops empty options', () => {
    let options = withPolicyField(undefined, 'timeoutMs', 5000);
    expect(options).toEqual({ timeoutMs: 5000 });
    options = withPolicyField(options, 'attempts', 3);
    options = withPolicyField(options, 'initialDelayMs', 200);
    expect(options).toEqual({ timeoutMs: 5000, retry: { attempts: 3, initialDelayMs: 200 } });
    expect(policySummary(options)).toBe('3 attempts · 5000 ms timeout');
    options = withPolicyField(options, 'initialDelayMs', undefined);
    expect(options).toEqual({ timeoutMs: 5000, retry: { attempts: 3 } });
    options = withPolicyField(options, 'timeoutMs', undefined);
    expect(withPolicyField(options, 'attempts', undefined)).toBeUndefined();
  });

  it('a delay without attempts is not a policy: it is ignored until attempts are set', () => {
    expect(withPolicyField(undefined, 'factor', 2)).toBeUndefined();
    expect(withPolicyField({ timeoutMs: 10 }, 'maxDelayMs', 100)).toEqual({ timeoutMs: 10 });
  });
});
