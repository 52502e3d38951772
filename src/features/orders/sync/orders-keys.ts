/** Query keys of the orders feature, from one place. */
export const ordersKeys = {
  all: ['orders'] as const,
  sync: () => [...ordersKeys.all, 'sync'] as const,
};
