import { describe, expect, it } from 'vitest';
import { Rng } from './prng.ts';
import { formatMicros, TextWriter } from './text-writer.ts';

describe('TextWriter', () => {
  it('formats microsecond instants like Date#toISOString, with the micros and the offset', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 20_000; i++) {
      const ms = rng.int(0, 4_102_444_800_000);
      const micros = ms * 1000 + rng.int(0, 999);
      const utc = formatMicros(micros, 0);
      expect(utc).toBe(
        `${new Date(ms).toISOString().slice(0, 23)}${String(micros % 1000).padStart(3, '0')}+00:00`,
      );
      const wib = formatMicros(micros, 420);
      expect(wib.endsWith('+07:00')).toBe(true);
      expect(Date.parse(wib)).toBe(ms);
    }
  });

  it('makes v4-shaped UUIDs and hex ids', () => {
    const text = new TextWriter();
    const rng = new Rng(2);
    for (let i = 0; i < 1000; i++) {
      expect(text.uuid(rng)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(text.hexId(rng, 3)).toMatch(/^[0-9a-f]{24}$/);
    }
  });
});
