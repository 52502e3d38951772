/** Query keys of the orders feature, from one place. */
export const ordersKeys = {
  all: ['orders'] as const,
  sync: () => [...ordersKeys.all, 'sync'] as const,
  /** Live progress of the running sync, apart from the orders so their readers are not re-rendered per tick. */
  progress: () => [...ordersKeys.all, 'sync-progress'] as const,
  /** The server mirror's status and this browser's cursor (mirror mode only), for the header. */
  mirror: () => [...ordersKeys.all, 'mirror'] as const,
  /** How the browser syncs: from the server's mirror, or page by page (learned from `/api/config`). */
  mode: () => [...ordersKeys.all, 'mode'] as const,
  /** The team's saved views on the server (mirror mode only). */
  savedViews: () => [...ordersKeys.all, 'saved-views'] as const,
};
