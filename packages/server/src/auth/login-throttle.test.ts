import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  const setup = () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now, { failures: 3, windowMs: 60_000 });
    return { throttle, advance: (ms: number) => (now += ms) };
  };

  it('makes an account wait after its failures in the window, until the oldest of them leaves it', () => {
    const { throttle, advance } = setup();
    throttle.failed('Ada@X.test');
    advance(10_000);
    throttle.failed('ada@x.test');
    expect(throttle.waitFor('ada@x.test')).toBe(0);
    throttle.failed(' ada@x.test ');
    expect(throttle.waitFor('ada@x.test')).toBe(50_000);
    expect(throttle.waitFor('bob@x.test')).toBe(0);
    advance(50_000);
    expect(throttle.waitFor('ada@x.test')).toBe(0);
  });

  it('forgets the failures of an account once its password was right', () => {
    const { throttle } = setup();
    throttle.failed('ada@x.test');
    throttle.failed('ada@x.test');
    throttle.succeeded('ada@x.test');
    throttle.failed('ada@x.test');
    expect(throttle.waitFor('ada@x.test')).toBe(0);
  });
});
