const MAX_PATH_LENGTH = 2000;

/**
 * `raw` when it is a path that stays on this origin wherever a browser meets it (Location, meta refresh, link
 * href): one leading `/` not followed by `/` or `\` (`//host` and `/\host` are other origins), printable ASCII
 * only (tabs and newlines are stripped by URL parsers, which would turn `/\t/host` into `//host`). Else null.
 */
export function sameOriginPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_PATH_LENGTH) return null;
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(raw) ? raw : null;
}

/** Where to go after sign-in: a same-origin path that is not an auth page, else `/`. */
export function safeNext(raw: unknown): string {
  const path = sameOriginPath(raw);
  return path === null || /^\/auth(?:[/?#]|$)/.test(path) ? '/' : path;
}
