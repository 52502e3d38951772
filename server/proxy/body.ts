/** Reads a fetch response body, failing once it passes `maxBytes` so a runaway upstream cannot exhaust memory. */
export async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new Error('upstream body too large');
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return Buffer.concat(chunks);
}

const REDACTED = Buffer.from('[redacted]');

/** Replaces every occurrence of each secret (at least 4 characters long) in `body`. */
export function scrubSecrets(body: Buffer, secrets: readonly string[]): Buffer {
  let result = body;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    const needle = Buffer.from(secret);
    if (result.indexOf(needle) === -1) continue;
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = result.indexOf(needle); at !== -1; at = result.indexOf(needle, from)) {
      parts.push(result.subarray(from, at), REDACTED);
      from = at + needle.length;
    }
    parts.push(result.subarray(from));
    result = Buffer.concat(parts);
  }
  return result;
}

// Loopback, private (RFC 1918) and link-local IPv4 addresses, with an optional port.
const INTERNAL_ADDRESS =
  /\b(?:127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|169\.254(?:\.\d{1,3}){2})(?::\d{1,5})?\b/g;

/** An upstream error body with internal addresses masked, for relaying to the browser. */
export function scrubInternalAddresses(body: Buffer): Buffer {
  const text = body.toString('utf8');
  const masked = text.replace(INTERNAL_ADDRESS, '[internal]');
  return masked === text ? body : Buffer.from(masked);
}
