/** A count header (`X-RateLimit-*`): digits only, rewritten as our own number. */
function count(value: string | null): string | null {
  return value !== null && /^\s*\d{1,9}\s*$/.test(value) ? String(Number(value)) : null;
}

/** `Retry-After`: seconds, or an HTTP date rewritten by us; anything else is dropped. */
function retryAfter(value: string | null): string | null {
  if (value === null) return null;
  const seconds = count(value);
  if (seconds !== null) return seconds;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value.trim())) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toUTCString();
}

/** The only upstream headers relayed, each parsed and rebuilt so no upstream string reaches the browser. */
export function rebuiltHeaders(headers: Headers): Record<string, string> {
  const rebuilt: Record<string, string | null> = {
    'x-ratelimit-limit': count(headers.get('x-ratelimit-limit')),
    'x-ratelimit-remaining': count(headers.get('x-ratelimit-remaining')),
    'retry-after': retryAfter(headers.get('retry-after')),
  };
  return Object.fromEntries(
    Object.entries(rebuilt).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}
