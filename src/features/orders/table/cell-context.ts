import { createContext, useContext } from 'react';
import type { SearchQuery } from '../model/search';

/** What every cell needs from the view without each one reading the URL. */
export type CellContextValue = {
  query: SearchQuery | null;
  now: number;
  hrefFor: (orderId: string) => string;
  open: (orderId: string) => void;
};

export const CellContext = createContext<CellContextValue>({
  query: null,
  now: 0,
  hrefFor: (id) => `?order=${encodeURIComponent(id)}`,
  open: () => {},
});

export const useCellContext = () => useContext(CellContext);
