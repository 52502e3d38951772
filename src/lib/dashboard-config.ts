import { queryOptions } from '@tanstack/react-query';
import type { DashboardConfig } from '../../core/mirror/protocol';
import { ApiError, getJson } from './api-client';
import { DEFAULT_STORE_TIME_ZONE } from './time-zone';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The mode and the shop's time zone; a server without the route (older, or mirror-less) means mirror off. */
async function getDashboardConfig(): Promise<DashboardConfig> {
  try {
    const { body } = await getJson('/api/config');
    if (!isRecord(body))
      throw new ApiError(
        'malformed',
        200,
        'The dashboard server sent a configuration the dashboard cannot read.',
      );
    return {
      mirror: body.mirror === true,
      storeTimeZone: typeof body.storeTimeZone === 'string' ? body.storeTimeZone : DEFAULT_STORE_TIME_ZONE,
    };
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'http' && error.status === 404)
      return { mirror: false, storeTimeZone: DEFAULT_STORE_TIME_ZONE };
    throw error;
  }
}

/**
 * `/api/config`, asked once per load: the sync reads the mode from it, the dates the store's zone. No abort
 * signal, so a screen that stops watching it never cancels the sync's wait.
 */
export const dashboardConfigQuery = queryOptions({
  queryKey: ['config'] as const,
  queryFn: () => getDashboardConfig(),
  staleTime: Infinity,
  retry: false,
});
