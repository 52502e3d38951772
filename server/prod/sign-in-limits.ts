import { SignInThrottle } from './throttle.ts';

const HOUR_MS = 60 * 60_000;
const MAX_KNOWN_PAIRS = 10_000;

/**
 * The sign-in throttle: failures count per user-and-address pair (so nobody elsewhere can lock a colleague
 * out), per address (one address spraying many names), and per user as a ceiling against many addresses
 * guessing one name; the ceiling spares addresses where that user signed in before.
 */
export class SignInLimits {
  private readonly byPair = new SignInThrottle({
    freeFailures: 4,
    baseDelayMs: 15_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: HOUR_MS,
    maxKeys: 50_000,
  });
  private readonly byAddress = new SignInThrottle({
    freeFailures: 19,
    baseDelayMs: 5_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: HOUR_MS,
    maxKeys: 50_000,
  });
  private readonly byUser = new SignInThrottle({
    freeFailures: 50,
    baseDelayMs: 5_000,
    maxDelayMs: 5 * 60_000,
    forgetAfterMs: HOUR_MS,
    maxKeys: 10_000,
  });
  /** `user\naddress` → when that address stops counting as the user's own. */
  private readonly knownPairs = new Map<string, number>();

  constructor(private readonly rememberMs: number) {}

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
    if (this.knownPairs.size > MAX_KNOWN_PAIRS) {
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
