import type { Page } from '@playwright/test';

export type ArrayFloor = { orders: number; sort: number; status: number; search: number; clear: number };

/**
 * The floor for interactions: the same work as bare array operations on the same orders, in the same page,
 * on data fetched here rather than taken from the app. Each figure is the median of five repetitions.
 */
export async function measureArrayFloor(
  page: Page,
  search: string,
  concurrency: number,
): Promise<ArrayFloor> {
  return page.evaluate(
    async ({ query, parallel }) => {
      type Raw = {
        id: string;
        order_number: number | null;
        order_status: string;
        grand_total: number | string | null;
        contact: { display_name: string | null; phone_number: string } | null;
      };
      const orders: Raw[] = [];
      let next = 1;
      let end = Infinity;
      const worker = async () => {
        while (next <= end) {
          const page = next++;
          const body = (await (await fetch(`/api/orders?limit=100&page=${page}`)).json()) as {
            data?: { orders?: Raw[] };
          };
          const list = body.data?.orders ?? [];
          orders.push(...list);
          if (list.length < 100) end = Math.min(end, page);
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      const time = (op: () => unknown) => {
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          op();
          runs.push(performance.now() - start);
        }
        return runs.sort((a, b) => a - b)[2] as number;
      };
      const needle = query.toLowerCase();
      const result = {
        orders: orders.length,
        sort: time(() => orders.slice().sort((a, b) => Number(a.grand_total) - Number(b.grand_total))),
        status: time(() => orders.filter((o) => o.order_status === 'paid')),
        search: time(() =>
          orders.filter((o) =>
            `${o.order_number ?? ''} ${o.contact?.display_name ?? ''} ${o.contact?.phone_number ?? ''} ${o.id}`
              .toLowerCase()
              .includes(needle),
          ),
        ),
        clear: time(() => orders.slice()),
      };
      orders.length = 0;
      return result;
    },
    { query: search, parallel: concurrency },
  );
}
