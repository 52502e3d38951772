const REDACTED = '[redacted]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A hex byte matched in either case: `2d` → `2[dD]`. */
function anyCaseHex(code: number, width: number): string {
  return [...code.toString(16).padStart(width, '0')]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('');
}

/** One character of a secret as it may appear in JSON text: plain, `\`-escaped, `%XX` or `\uXXXX` (once or twice escaped). */
function characterForms(char: string): string {
  const code = char.charCodeAt(0);
  const forms = [escapeRegExp(char), `\\\\{1,2}u${anyCaseHex(code, 4)}`];
  if (!/[A-Za-z0-9]/.test(char)) forms.push(`\\\\${escapeRegExp(char)}`);
  if (code < 0x80) forms.push(`%${anyCaseHex(code, 2)}`);
  return `(?:${forms.join('|')})`;
}

/** The stable middle of the secret's base64 and base64url forms at each of the three byte alignments. */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const cores = new Set<string>();
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // Characters that also depend on the neighbouring bytes are dropped at both ends.
    const core = encoded.slice(
      Math.ceil((shift * 4) / 3) + 1,
      Math.floor(((shift + bytes.length) * 4) / 3) - 1,
    );
    if (core.length >= 8) {
      cores.add(core);
      cores.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...cores];
}

/**
 * Replaces the secret (at least 8 characters) in an upstream body however it is written: plain, JSON- or
 * percent-escaped (any mix, per character) or inside base64. Shorter secrets are replaced only when plain.
 */
export function redactSecret(body: Buffer, secret: string): Buffer {
  if (secret.length < 4) return body;
  const text = body.toString('utf8');
  const patterns = [[...secret].map(characterForms).join('')];
  if (secret.length >= 8) patterns.push(...base64Cores(secret).map(escapeRegExp));
  const redacted = text.replace(new RegExp(patterns.join('|'), 'g'), REDACTED);
  return redacted === text ? body : Buffer.from(redacted);
}
