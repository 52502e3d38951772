import { useQuery } from '@tanstack/react-query';
import type { DashboardConfig } from '../../core/mirror/protocol';
import { dashboardConfigQuery } from './dashboard-config';
import { DEFAULT_STORE_TIME_ZONE, isTimeZone } from './time-zone';

/** Only a zone this browser knows; a failed or missing config leaves the documented default. */
const knownZone = (config: DashboardConfig) =>
  isTimeZone(config.storeTimeZone) ? config.storeTimeZone : DEFAULT_STORE_TIME_ZONE;

/** The shop's IANA zone (`STORE_TIMEZONE`): "today", date filters, chart days and ages count in it. */
export function useStoreTimeZone(): string {
  return useQuery({ ...dashboardConfigQuery, select: knownZone }).data ?? DEFAULT_STORE_TIME_ZONE;
}
