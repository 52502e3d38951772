import { SignInThrottle } from './throttle.ts';

const HOUR_MS = 60 * 60_000;

/**
 * The sign-in throttle: failures count per user-and-address pair (so nobody elsewhere can lock a colleague
 * out), per address (one address spraying many names), and per user as a ceiling against many addresses
 * guessing one name; the ceiling spares addresses where that user signed in before.
 */
export class SignInLimits {
  private readonly byPair: SignInThrottle;
  private readonly byAddress: SignInThrottle;
  private readonly byUser: SignInThrottle;
  /** `user\naddress` → when that address stops counting as the user's own. */
  private readonly knownPairs = new Map<string, number>();

  /** `rememberMs`: how long a successful address stays the user's own; `maxKeys`: each table's bound. */
  constructor(
    private readonly rememberMs: number,
    private readonly maxKeys = 50_000,
  ) {
    const limits = { forgetAfterMs: HOUR_MS, maxKeys };
    this.byPair = new SignInThrottle({
      ...limits,
      freeFailures: 4,
      baseDelayMs: 15_000,
      maxDelayMs: 15 * 60_000,
    });
    this.byAddress = new SignInThrottle({
      ...limits,
      freeFailures: 19,
      baseDelayMs: 5_000,
      maxDelayMs: 15 * 60_000,
    });
    this.byUser = new SignInThrottle({
      ...limits,
      freeFailures: 50,
      baseDelayMs: 5_000,
      maxDelayMs: 5 * 60_000,
    });
  }

  /** Milliseconds before `user` may try again from `address`; 0 when now. */
  retryAfterMs(user: string, address: string, now: number): number {
    const pair = pairKey(user, address);
    const ceiling = this.isKnown(pair, now) ? 0 : this.byUser.retryAfterMs(user.toLowerCase(), now);
    return Math.max(this.byPair.retryAfterMs(pair, now), this.byAddress.retryAfterMs(address, now), ceiling);
  }

  fail(user: string, address: string, now: number): void {
    this.byPair.fail(pairKey(user, address), now);
    this.byAddress.fail(address, now);
    this.byUser.fail(user.toLowerCase(), now);
  }

  /** Clears only this pair: a success elsewhere must not wash away an attacker's record. */
  succeed(user: string, address: string, now: number): void {
    const pair = pairKey(user, address);
    this.byPair.succeed(pair);
    this.knownPairs.delete(pair);
    this.knownPairs.set(pair, now + this.rememberMs);
    if (this.knownPairs.size > this.maxKeys) {
      const oldest = this.knownPairs.keys().next().value;
      if (oldest !== undefined) this.knownPairs.delete(oldest);
    }
  }

  private isKnown(pair: string, now: number): boolean {
    return (this.knownPairs.get(pair) ?? 0) > now;
  }
}

function pairKey(user: string, address: string): string {
  return `${user.toLowerCase()}\n${address}`;
}
