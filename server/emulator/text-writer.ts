import type { Rng } from './prng.ts';

export const MICROS_PER_SECOND = 1_000_000;
export const MICROS_PER_HOUR = 3600 * MICROS_PER_SECOND;
export const MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

/** Offsets the emulator emits: UTC, or Jakarta time (WIB). */
export type OffsetMinutes = 0 | 420;

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Builds ASCII strings byte by byte in one scratch buffer, so each comes out as one flat string: concatenating
 * and slicing would leave cons/sliced strings costing several times the memory over hundreds of thousands of
 * orders. A class, so hot calls are plain method calls rather than getters on a transpiled module's exports.
 */
export class TextWriter {
  private readonly scratch = Buffer.allocUnsafe(256);
  private length = 0;
  private cachedDays = Number.NaN;
  private cachedDate = 0;

  start(): this {
    this.length = 0;
    return this;
  }

  /** Appends `value` (or its [from, to) range); ASCII only. */
  text(value: string, from = 0, to = value.length): this {
    for (let i = from; i < to; i++) this.scratch[this.length++] = value.charCodeAt(i);
    return this;
  }

  /** `value` in decimal, zero-padded to `width` digits. */
  digits(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i--) {
      this.scratch[this.length + i] = 48 + (value % 10);
      value = Math.floor(value / 10);
    }
    this.length += width;
    return this;
  }

  /** The low `count` hex digits of a uint32, most significant first. */
  hex(value: number, count = 8): this {
    for (let i = count - 1; i >= 0; i--) {
      this.scratch[this.length + i] = HEX_CODES[value & 15] as number;
      value >>>= 4;
    }
    this.length += count;
    return this;
  }

  finish(): string {
    return this.scratch.toString('latin1', 0, this.length);
  }

  /** A v4-shaped UUID (version and variant bits set) drawn from `rng`. */
  uuid(rng: Rng): string {
    const a = rng.u32();
    const b = rng.u32();
    const c = rng.u32();
    this.start()
      .hex(a)
      .text('-')
      .hex(b >>> 16, 4)
      .text('-4')
      .hex(b, 3)
      .text('-');
    return this.hex(((c >>> 16) & 0x3fff) | 0x8000, 4)
      .text('-')
      .hex(c, 4)
      .hex(rng.u32())
      .finish();
  }

  /** `words` × 8 lowercase hex digits (3 words: a Xendit-style 24-character id). */
  hexId(rng: Rng, words: number): string {
    this.start();
    for (let i = 0; i < words; i++) this.hex(rng.u32());
    return this.finish();
  }

  /** `2026-04-08T09:29:07.444755+00:00`: the upstream's ISO 8601 with microseconds and a numeric offset. */
  timestamp(micros: number, offset: OffsetMinutes): string {
    const local = micros + offset * 60 * MICROS_PER_SECOND;
    const days = Math.floor(local / MICROS_PER_DAY);
    let rest = local - days * MICROS_PER_DAY;
    this.start()
      .civilDate(days)
      .text('T')
      .digits(Math.floor(rest / MICROS_PER_HOUR), 2)
      .text(':');
    rest %= MICROS_PER_HOUR;
    this.digits(Math.floor(rest / 60_000_000), 2).text(':');
    rest %= 60_000_000;
    this.digits(Math.floor(rest / MICROS_PER_SECOND), 2)
      .text('.')
      .digits(rest % MICROS_PER_SECOND, 6);
    return this.text(offset === 0 ? '+00:00' : '+07:00').finish();
  }

  /** YYYY-MM-DD for days since 1970-01-01 (Howard Hinnant's civil_from_days), memoised for runs of one day. */
  private civilDate(days: number): this {
    if (days !== this.cachedDays) {
      this.cachedDays = days;
      const z = days + 719468;
      const era = Math.floor(z / 146097);
      const doe = z - era * 146097;
      const yoe = Math.floor(
        (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
      );
      const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
      const mp = Math.floor((5 * doy + 2) / 153);
      const month = mp < 10 ? mp + 3 : mp - 9;
      const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
      this.cachedDate = year * 10000 + month * 100 + (doy - Math.floor((153 * mp + 2) / 5) + 1);
    }
    const date = this.cachedDate;
    return this.digits(Math.floor(date / 10000), 4)
      .text('-')
      .digits(Math.floor(date / 100) % 100, 2)
      .text('-')
      .digits(date % 100, 2);
  }
}

const shared = new TextWriter();

export function formatMicros(micros: number, offset: OffsetMinutes): string {
  return shared.timestamp(micros, offset);
}
