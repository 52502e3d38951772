import { skipToken, useQuery } from '@tanstack/react-query';
import { ordersKeys } from './orders-keys';
import type { SyncProgress } from './sync-snapshot';

/** The running sync's counters (pages, requests, rate-limit wait), written by the sync on every page. */
export function useSyncProgress(): SyncProgress | undefined {
  return useQuery<SyncProgress>({ queryKey: ordersKeys.progress(), queryFn: skipToken }).data;
}
