import { browserStore } from '@/lib/browser-store';
import { useOrdersMode } from '../sync/use-orders';
import { moveView, readSavedViews, removeView, renameView, saveView, type SavedView } from './saved-views';
import { useServerSavedViews } from './saved-views-server';

/** The staff's own views and what can be done to them, wherever they are kept. */
export type SavedViews = {
  views: SavedView[];
  /** 'team': on the server, shared by everyone (mirror on); 'browser': in this browser only. */
  place: 'team' | 'browser';
  save: (name: string, search: string) => void;
  rename: (id: string, name: string) => void;
  move: (id: string, by: -1 | 1) => void;
  remove: (id: string) => void;
};

const browserViews = browserStore('orders-saved-views', readSavedViews);

/** With the mirror on the team's views on the server, else this browser's. */
export function useSavedViews(): SavedViews {
  const team = useOrdersMode() === 'mirror';
  const server = useServerSavedViews(team);
  const local = browserViews.use();
  if (team) return { ...server, place: 'team' };
  const set = browserViews.set;
  return {
    views: local,
    place: 'browser',
    save: (name, search) => set(saveView(local, name, search, `v${Date.now().toString(36)}`)),
    rename: (id, name) => set(renameView(local, id, name)),
    move: (id, by) => set(moveView(local, id, by)),
    remove: (id) => set(removeView(local, id)),
  };
}
