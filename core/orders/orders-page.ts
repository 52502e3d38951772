import { fetchJson, type ApiResponse } from './api-error.ts';
import { parseOrdersPage, type ParsedPage } from './order-schema.ts';

export type RateLimit = { limit: number | null; remaining: number | null };

export type OrdersPage = ParsedPage & {
  page: number;
  limit: number;
  rateLimit: RateLimit;
  /** The proxy's one-way name of the upstream (`X-Upstream-Id`), so cached orders of two shops never mix. */
  upstreamId: string | null;
};

/** A header's number; where it carries parameters or a list (`60;w=60`, `60, 60;w=60`), the first one's. */
function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  const first = value?.match(/^\s*(\d+(?:\.\d+)?)\s*(?:[;,]|$)/)?.[1];
  return first === undefined ? null : Number(first);
}

/** The rate-limit headers of an answer (null where absent or unreadable). */
export function readRateLimit(headers: Headers): RateLimit {
  return {
    limit: headerNumber(headers, 'x-ratelimit-limit'),
    remaining: headerNumber(headers, 'x-ratelimit-remaining'),
  };
}

/** One answer of `GET …/api/orders?limit&page`, validated and normalised. */
export function readOrdersPage(response: ApiResponse, page: number, limit: number): OrdersPage {
  return {
    ...parseOrdersPage(response.body, String(page)),
    page,
    limit,
    rateLimit: readRateLimit(response.headers),
    upstreamId: response.headers.get('x-upstream-id'),
  };
}

/** One page of the orders list at `origin` (empty for same-origin), with the given request options. */
export async function fetchOrdersPage(
  origin: string,
  page: number,
  limit: number,
  init: RequestInit,
  fetchFn?: typeof fetch,
): Promise<OrdersPage> {
  const response = await fetchJson(`${origin}/api/orders?limit=${limit}&page=${page}`, init, fetchFn);
  return readOrdersPage(response, page, limit);
}
