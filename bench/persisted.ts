import type { Page } from '@playwright/test';

/**
 * Waits until the page's IndexedDB holds the mirror's latest change (the replica writes follow its pulls, so
 * `done` can come seconds before the last chunk is stored). Resolves to the ms waited, 0 with the mirror off,
 * or null when the store had not caught up within `timeoutMs`: then a reload is not "nothing changed".
 */
export function waitForPersisted(page: Page, timeoutMs: number): Promise<number | null> {
  return page.evaluate(async (timeout) => {
    const config = (await (await fetch('/api/config')).json()) as { mirror?: boolean };
    if (!config.mirror) return 0;
    const changes = await fetch('/api/mirror/changes?since=0&limit=1');
    const { latest } = (await changes.json()) as { latest: number };
    // The keys idb-keyval writes for the replica (see orders-storage.ts).
    const read = (key: string) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('cekat-orders');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('sync', 'readonly').objectStore('sync').get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
        };
      });
    const started = performance.now();
    while (performance.now() - started < timeout) {
      const upstream = await read('last-upstream');
      const meta = (upstream ? await read(`meta:${String(upstream)}`) : undefined) as
        { mirror?: { cursor?: number } } | undefined;
      if ((meta?.mirror?.cursor ?? -1) >= latest) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }, timeoutMs);
}
