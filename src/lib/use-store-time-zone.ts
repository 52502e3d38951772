import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardConfig } from '../../core/mirror/protocol';
import { getJson } from './api-client';
import { DEFAULT_STORE_TIME_ZONE, isTimeZone } from './time-zone';

/** The server's `/api/config`; only the store's zone is read here, and only a zone this browser knows. */
async function getStoreTimeZone(): Promise<string> {
  try {
    const { body } = await getJson('/api/config');
    const zone = (body as Partial<DashboardConfig> | null)?.storeTimeZone;
    return isTimeZone(zone) ? zone : DEFAULT_STORE_TIME_ZONE;
  } catch {
    // A server without the route (or a failed request) leaves the documented default.
    return DEFAULT_STORE_TIME_ZONE;
  }
}

export const storeTimeZoneQuery = queryOptions({
  queryKey: ['config', 'store-time-zone'] as const,
  queryFn: getStoreTimeZone,
  staleTime: Infinity,
  retry: false,
});

/** The shop's IANA zone (`STORE_TIMEZONE`): "today", date filters, chart days and ages count in it. */
export function useStoreTimeZone(): string {
  return useQuery(storeTimeZoneQuery).data ?? DEFAULT_STORE_TIME_ZONE;
}
