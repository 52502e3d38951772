import type { QueryClient, QueryFunctionContext } from '@tanstack/react-query';
import type { DashboardConfig } from '../../../../core/mirror/protocol';
import type { MirrorReplica } from './mirror-replica';
import { ordersKeys } from './orders-keys';
import type { OrdersSync } from './orders-sync';
import type { SyncSnapshot } from './sync-snapshot';

/** How this browser syncs: from the server's mirror, or page by page through the proxy (`MIRROR=off`). */
export type OrdersMode = { kind: 'mirror'; replica: MirrorReplica } | { kind: 'pages'; sync: OrdersSync };

export type OrdersSourceDeps = {
  config: () => Promise<DashboardConfig>;
  pages: () => OrdersSync;
  mirror: () => MirrorReplica;
};

/**
 * The query function of the one orders query: asks the server once which mode it runs in, then hands every
 * run to the page-by-page sync or to the mirror's replica. Buttons reach the mode through here.
 */
export class OrdersSource {
  #mode: Promise<OrdersMode> | null = null;
  #known: OrdersMode | null = null;
  readonly #client: QueryClient;
  readonly #deps: OrdersSourceDeps;

  constructor(client: QueryClient, deps: OrdersSourceDeps) {
    this.#client = client;
    this.#deps = deps;
  }

  readonly queryFn = async (context: QueryFunctionContext): Promise<SyncSnapshot> => {
    const mode = await this.#resolve();
    return mode.kind === 'mirror' ? mode.replica.queryFn() : mode.sync.queryFn(context);
  };

  /** Null until `/api/config` has answered. */
  get mode(): OrdersMode | null {
    return this.#known;
  }

  refresh(): void {
    const mode = this.#known;
    if (mode?.kind === 'mirror') void mode.replica.refresh();
    else mode?.sync.refresh();
  }

  retry(): void {
    const mode = this.#known;
    if (mode?.kind === 'mirror') void mode.replica.refresh();
    else mode?.sync.retry();
  }

  fullResync(): void {
    if (this.#known?.kind === 'pages') this.#known.sync.fullResync();
  }

  async clearLocalData(): Promise<void> {
    const mode = this.#known;
    if (mode?.kind === 'mirror') await mode.replica.clearLocalData();
    else await mode?.sync.clearLocalData();
  }

  #resolve(): Promise<OrdersMode> {
    this.#mode ??= this.#deps
      .config()
      .then((config) => config.mirror)
      // No answer about the mode: the page-by-page sync, which reports its own errors if the server is down.
      .catch(() => false)
      .then((mirror): OrdersMode => {
        const mode: OrdersMode = mirror
          ? { kind: 'mirror', replica: this.#deps.mirror() }
          : { kind: 'pages', sync: this.#deps.pages() };
        this.#known = mode;
        this.#client.setQueryData(ordersKeys.mode(), mode.kind);
        return mode;
      });
    return this.#mode;
  }
}
