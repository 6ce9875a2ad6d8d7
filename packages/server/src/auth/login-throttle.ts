/** How many failed sign-ins an account may have within the window before it must wait. */
export interface ThrottlePolicy {
  failures: number;
  windowMs: number;
}

export const LOGIN_POLICY: ThrottlePolicy = { failures: 5, windowMs: 15 * 60_000 };
/** Beyond this many accounts with recent failures, the stale ones are forgotten first, so guessing at many emails cannot grow memory. */
const MAX_TRACKED = 10_000;

/**
 * Failed sign-ins per account, whatever address they come from (the address
 * limit is the rate limiter's): a password guessed from many machines still
 * stops after a few tries. Kept per server process; a correct password ends
 * an account's count, but not while it is made to wait.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly policy: ThrottlePolicy = LOGIN_POLICY,
  ) {}

  /** Milliseconds until the account may try again; 0 when it may now. */
  waitFor(account: string): number {
    const recent = this.recent(account);
    if (recent.length < this.policy.failures) return 0;
    return recent[recent.length - this.policy.failures]! + this.policy.windowMs - this.now();
  }

  failed(account: string): void {
    if (this.failures.size >= MAX_TRACKED) this.forgetStale();
    this.failures.set(key(account), [...this.recent(account), this.now()]);
  }

  succeeded(account: string): void {
    this.failures.delete(key(account));
  }

  private recent(account: string): number[] {
    const since = this.now() - this.policy.windowMs;
    return (this.failures.get(key(account)) ?? []).filter((at) => at > since);
  }

  private forgetStale(): void {
    const since = this.now() - this.policy.windowMs;
    for (const [account, times] of this.failures) if (times.every((at) => at <= since)) this.failures.delete(account);
    // Still full of fresh failures: the oldest entries go (Map keeps insertion order).
    for (const account of this.failures.keys()) {
      if (this.failures.size < MAX_TRACKED) break;
      this.failures.delete(account);
    }
  }
}

const key = (account: string): string => account.trim().toLowerCase();
