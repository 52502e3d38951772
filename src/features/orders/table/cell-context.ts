import { createContext, useContext } from 'react';
import { DEFAULT_STORE_TIME_ZONE } from '@/lib/time-zone';
import { DEFAULT_THRESHOLDS, type AttentionThresholds } from '../attention/attention-rules';
import type { SearchQuery } from '../model/search';

/** What every cell needs from the view without each one reading the URL. */
export type CellContextValue = {
  query: SearchQuery | null;
  now: number;
  /** The store's zone: every date a cell shows is its wall clock's. */
  timeZone: string;
  /** The staff's needs-attention thresholds: a row is marked late by the queue's own rules. */
  thresholds: AttentionThresholds;
  hrefFor: (orderId: string) => string;
  open: (orderId: string) => void;
};

export const CellContext = createContext<CellContextValue>({
  query: null,
  now: 0,
  timeZone: DEFAULT_STORE_TIME_ZONE,
  thresholds: DEFAULT_THRESHOLDS,
  hrefFor: (id) => `?order=${encodeURIComponent(id)}`,
  open: () => {},
});

export const useCellContext = () => useContext(CellContext);
