/**
 * The path of a URL for logs: no query (searches hold names and phone numbers) and long digit runs masked
 * (a phone number typed into the address bar would otherwise land in the log). The one rule for every log line.
 */
export function safePath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path.slice(0, 200).replace(/(?:%2B|\+)?\d[\d\-.%]{6,}\d/gi, '[digits]');
}
