import { browserStore } from '@/lib/browser-store';
import { readSavedViews, type SavedView } from './saved-views';

/** Where the staff's own views are kept: this browser for now; a server-backed store can take its place. */
export type SavedViewsStore = {
  use: () => SavedView[];
  get: () => SavedView[];
  set: (views: SavedView[]) => void;
};

export const savedViewsStore: SavedViewsStore = browserStore('orders-saved-views', readSavedViews);
