/** The shortest unit the text repeats (`abcabc` → 3); its own length when it does not repeat. */
function period(text: string): number {
  for (let unit = 1; unit <= text.length / 2; unit++) {
    if (text.length % unit === 0 && text.slice(0, unit).repeat(text.length / unit) === text) return unit;
  }
  return text.length;
}

/**
 * A rough upper bound on a secret's randomness in bits: its length (of the repeating unit) times the Shannon
 * entropy of its characters. 32 × `a` scores 0; `openssl rand -hex 32` about 240.
 */
export function secretStrengthBits(secret: string): number {
  const unit = secret.slice(0, period(secret));
  const counts = new Map<string, number>();
  for (const char of unit) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / unit.length) * Math.log2(count / unit.length);
  return Math.round(perChar * unit.length);
}

/** 32 random hex characters score about 110, so 96 bits passes them and refuses typed or repeated text. */
export const MIN_SECRET_BITS = 96;
