import { ApiError, fetchJson, type ApiResponse } from './api-error.ts';
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

/**
 * Some APIs refuse a page past the end with 404 where the Orders API sends it empty. After page 1 (where a 404
 * means a wrong address) that answer is the end of the list.
 */
export function isPastTheEnd(status: number, page: number): boolean {
  return status === 404 && page > 1;
}

/** `read` of one page, with a 404 past the end read as the empty page that ends the list. */
export async function readingPastTheEnd(
  read: () => Promise<OrdersPage>,
  page: number,
  limit: number,
): Promise<OrdersPage> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === 'http' && isPastTheEnd(error.status, page)))
      throw error;
    const rateLimit = { limit: null, remaining: null };
    return { orders: [], raw: [], entries: 0, page, limit, rateLimit, upstreamId: null };
  }
}

/** One page of the orders list at `origin` (empty for same-origin), with the given request options. */
export async function fetchOrdersPage(
  origin: string,
  page: number,
  limit: number,
  init: RequestInit,
  fetchFn?: typeof fetch,
): Promise<OrdersPage> {
  const url = `${origin}/api/orders?limit=${limit}&page=${page}`;
  return readingPastTheEnd(
    async () => readOrdersPage(await fetchJson(url, init, fetchFn), page, limit),
    page,
    limit,
  );
}
