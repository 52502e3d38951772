/** Query keys of the orders feature, from one place. */
export const ordersKeys = {
  all: ['orders'] as const,
  sync: () => [...ordersKeys.all, 'sync'] as const,
  /** Live progress of the running sync, apart from the orders so their readers are not re-rendered per tick. */
  progress: () => [...ordersKeys.all, 'sync-progress'] as const,
};
