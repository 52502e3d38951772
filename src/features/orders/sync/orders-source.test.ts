import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { MirrorReplica } from './mirror-replica';
import { OrdersSource } from './orders-source';
import type { OrdersSync } from './orders-sync';
import { emptySnapshot } from './sync-snapshot';
import { ordersKeys } from './orders-keys';

function source(config: () => Promise<{ mirror: boolean; storeTimeZone: string }>) {
  const client = new QueryClient();
  const pages = { queryFn: vi.fn(async () => emptySnapshot()), refresh: vi.fn() };
  const mirror = { queryFn: vi.fn(async () => emptySnapshot()), refresh: vi.fn(async () => undefined) };
  const orders = new OrdersSource(client, {
    config,
    pages: () => pages as unknown as OrdersSync,
    mirror: () => mirror as unknown as MirrorReplica,
  });
  const run = () => client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: orders.queryFn });
  return { client, orders, pages, mirror, run };
}

describe('the orders source', () => {
  it('syncs from the mirror when the server keeps one, and Refresh asks the mirror', async () => {
    const s = source(async () => ({ mirror: true, storeTimeZone: 'Asia/Jakarta' }));
    await s.run();
    expect(s.mirror.queryFn).toHaveBeenCalledOnce();
    expect(s.pages.queryFn).not.toHaveBeenCalled();
    expect(s.client.getQueryData(ordersKeys.mode())).toBe('mirror');
    s.orders.refresh();
    expect(s.mirror.refresh).toHaveBeenCalledOnce();
  });

  it('pages the upstream as before with MIRROR=off, or when the server cannot say', async () => {
    const off = source(async () => ({ mirror: false, storeTimeZone: 'Asia/Jakarta' }));
    await off.run();
    expect(off.pages.queryFn).toHaveBeenCalledOnce();
    const silent = source(async () => Promise.reject(new ApiError('network', 0, 'down')));
    await silent.run();
    expect(silent.pages.queryFn).toHaveBeenCalledOnce();
    expect(silent.client.getQueryData(ordersKeys.mode())).toBe('pages');
  });
});
