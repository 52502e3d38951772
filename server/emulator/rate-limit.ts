export type RateState = { limit: number; remaining: number; resetAtMs: number; nowMs: number };

/** Fixed windows aligned to the clock (60 s: its minutes), one shared budget for the whole emulator. */
export class FixedWindowLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** The current state without spending a request. */
  peek(): RateState {
    const nowMs = this.now();
    const start = Math.floor(nowMs / this.windowMs) * this.windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
    return { limit: this.limit, remaining: this.limit - this.used, resetAtMs: start + this.windowMs, nowMs };
  }

  /** Spends one request if the window has any left. */
  take(): RateState & { allowed: boolean } {
    const state = this.peek();
    if (state.remaining <= 0) return { ...state, allowed: false };
    this.used++;
    return { ...state, remaining: state.remaining - 1, allowed: true };
  }
}

export function retryAfter(state: RateState, format: 'seconds' | 'date'): string {
  if (format === 'date') return new Date(state.resetAtMs).toUTCString();
  return String(Math.max(1, Math.ceil((state.resetAtMs - state.nowMs) / 1000)));
}
