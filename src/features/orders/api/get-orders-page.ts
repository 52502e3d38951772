import { getJson } from '@/lib/api-client';
import { parseOrdersPage, type ParsedPage } from './order-schema';

export type OrdersPage = ParsedPage & {
  page: number;
  limit: number;
  rateLimit: { limit: number | null; remaining: number | null };
  /** The proxy's one-way name of the upstream (`X-Upstream-Id`), so cached orders of two shops never mix. */
  upstreamId: string | null;
};

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** One page of `/api/orders`, validated and normalised. */
export async function getOrdersPage(page: number, limit: number, signal?: AbortSignal): Promise<OrdersPage> {
  const response = await getJson(`/api/orders?limit=${limit}&page=${page}`, signal);
  return {
    ...parseOrdersPage(response.body, String(page)),
    page,
    limit,
    rateLimit: {
      limit: headerNumber(response.headers, 'x-ratelimit-limit'),
      remaining: headerNumber(response.headers, 'x-ratelimit-remaining'),
    },
    upstreamId: response.headers.get('x-upstream-id'),
  };
}
