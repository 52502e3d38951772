export type FloorSync = {
  /** Page 1 parsed: the soonest anything could show rows. */
  firstPageMs: number;
  /** Every page parsed. */
  allMs: number;
  orders: number;
  requests: number;
  bytes: number;
};

type Envelope = { data?: { orders?: unknown[] } };

/**
 * The floor for the sync: nothing of ours in the way, just the same pages from the same proxy with the same
 * concurrency, each parsed, until an empty page or one shorter than the largest seen.
 */
export async function fetchFloor(
  appUrl: string,
  concurrency: number,
  limit = 100,
  headers: Record<string, string> = {},
): Promise<FloorSync> {
  const started = performance.now();
  let next = 1;
  let end = Number.POSITIVE_INFINITY;
  let largest = 0;
  let firstPageMs = Number.NaN;
  let orders = 0;
  let requests = 0;
  let bytes = 0;

  async function worker(): Promise<void> {
    while (next <= end) {
      const page = next++;
      requests++;
      const response = await fetch(`${appUrl}/api/orders?limit=${limit}&page=${page}`, { headers });
      const text = await response.text();
      if (!response.ok) throw new Error(`floor fetch of page ${page}: HTTP ${response.status}`);
      bytes += Buffer.byteLength(text);
      const count = (JSON.parse(text) as Envelope).data?.orders?.length ?? 0;
      if (page === 1) firstPageMs = performance.now() - started;
      if (page > end) continue;
      orders += count;
      largest = Math.max(largest, count);
      if (count === 0 || count < largest) end = Math.min(end, page);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  return { firstPageMs, allMs: performance.now() - started, orders, requests, bytes };
}
