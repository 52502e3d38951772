import { parseOrdersView, serializeOrdersView } from '../view-state';

/** A view is what the URL holds (filters, search, sort, dates, queue) plus a name. */
export type SavedView = {
  id: string;
  name: string;
  search: string;
  /** Who saved it and when (epoch ms): known for the team's views on the server only. */
  createdBy?: string | null;
  createdAt?: number;
};

/** Built-in views for the daily jobs; their names live in the words module, keyed by id. */
export const BUILT_IN_VIEWS = [
  { id: 'attention', search: 'queue=attention', label: 'saved_views.builtin.attention' },
  { id: 'unpaid', search: 'status=pending', label: 'saved_views.builtin.unpaid' },
  { id: 'to-pack', search: 'status=paid', label: 'saved_views.builtin.to_pack' },
  { id: 'on-the-way', search: 'status=shipped', label: 'saved_views.builtin.on_the_way' },
] as const;
export type BuiltInViewId = (typeof BUILT_IN_VIEWS)[number]['id'];

/** The URL's view in one canonical form, without the open order (a view is a list, not one order). */
export function viewSearch(search: string): string {
  return serializeOrdersView({ ...parseOrdersView(search), order: null })
    .toString()
    .replace(/%2C/g, ',');
}

/** A new view of `search` named `name`; ids only need to be unique in this list. */
export function saveView(views: readonly SavedView[], name: string, search: string, id: string): SavedView[] {
  return [...views, { id, name: name.trim() || search || '—', search: viewSearch(search) }];
}

export function renameView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  return views.map((v) => (v.id === id ? { ...v, name } : v));
}

export function removeView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

/** Moves a view one place earlier (-1) or later (+1); at either end it stays. */
export function moveView(views: readonly SavedView[], id: string, by: -1 | 1): SavedView[] {
  const from = views.findIndex((v) => v.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= views.length) return [...views];
  const out = [...views];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** Stored views as a browser (or later a server) gives them back; anything malformed is dropped. */
export function readSavedViews(stored: unknown): SavedView[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  return stored.flatMap((v: unknown) => {
    const r = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.search !== 'string') return [];
    if (seen.has(r.id)) return [];
    seen.add(r.id);
    const view: SavedView = { id: r.id, name: r.name.slice(0, 80), search: viewSearch(r.search) };
    if (typeof r.createdAt === 'number') view.createdAt = r.createdAt;
    if (typeof r.createdBy === 'string' || r.createdBy === null) view.createdBy = r.createdBy;
    return [view];
  });
}
