export type ThrottleOptions = {
  /** Failures allowed before any wait is imposed. */
  freeFailures: number;
  /** Wait after the first failure past the free ones; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
  /** Bound on remembered keys, so a flood of addresses cannot exhaust memory. */
  maxKeys: number;
};

type Entry = { failures: number; lockedUntil: number; lastFailure: number };

/**
 * Failed sign-ins per key (an address, a user name) with exponential backoff. In memory, per server copy: an
 * attacker spreading over N copies gets N times the attempts, still far too few to guess a real password.
 */
export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: ThrottleOptions) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string, now: number): number {
    const entry = this.fresh(key, now);
    return entry ? Math.max(0, entry.lockedUntil - now) : 0;
  }

  fail(key: string, now: number): void {
    const entry = this.fresh(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - this.options.freeFailures;
    if (over > 0) {
      entry.lockedUntil = now + Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (over - 1));
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxKeys) this.evictOne(now);
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  /** Drops the oldest unlocked entry, or else the lock ending soonest, so a flood cannot wash a lock away. */
  private evictOne(now: number): void {
    let soonest: [string, number] | undefined;
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil <= now) return void this.entries.delete(key);
      if (!soonest || entry.lockedUntil < soonest[1]) soonest = [key, entry.lockedUntil];
    }
    if (soonest) this.entries.delete(soonest[0]);
  }

  private fresh(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastFailure > this.options.forgetAfterMs && entry.lockedUntil <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
