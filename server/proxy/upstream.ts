/** Where `/api/orders…` goes: the configured Cekat origin, or the embedded emulator when unset. */
export type Upstream = {
  /** Origin such as `https://api.cekat.ai`, without a trailing slash. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` (and `api_key`, the older documented header); never leaves the server. */
  apiKey: string;
};

/**
 * The headers every upstream request carries: Bearer is what Cekat's Orders page documents, an older page
 * names `api_key`, so both carry the key.
 */
export function upstreamHeaders(upstream: Upstream): Record<string, string> {
  return { accept: 'application/json', authorization: `Bearer ${upstream.apiKey}`, api_key: upstream.apiKey };
}

/** Reads `CEKAT_API_BASE_URL`/`CEKAT_API_KEY`; an empty value counts as unset. Null means "use the emulator". */
export function upstreamFromEnv(env: NodeJS.ProcessEnv): Upstream | null {
  const baseUrl = env.CEKAT_API_BASE_URL?.trim();
  if (!baseUrl) return null;
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`CEKAT_API_BASE_URL is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('CEKAT_API_BASE_URL must start with http:// or https://');
  }
  return {
    baseUrl: parsed.origin + parsed.pathname.replace(/\/+$/, ''),
    apiKey: env.CEKAT_API_KEY?.trim() ?? '',
  };
}
