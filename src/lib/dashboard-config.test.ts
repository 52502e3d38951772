import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardConfigQuery } from './dashboard-config';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('dashboardConfigQuery', () => {
  it('asks /api/config once however many readers ask', async () => {
    const fetch = stubFetch(200, { mirror: true, storeTimeZone: 'Asia/Makassar' });
    const client = new QueryClient();
    const [a, b] = await Promise.all([
      client.fetchQuery(dashboardConfigQuery),
      client.fetchQuery(dashboardConfigQuery),
    ]);
    expect(await client.fetchQuery(dashboardConfigQuery)).toEqual(a);
    expect(b).toEqual({ mirror: true, storeTimeZone: 'Asia/Makassar' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads a server without the route as mirror off in the default zone', async () => {
    stubFetch(404, { error: 'not found' });
    const config = await new QueryClient().fetchQuery(dashboardConfigQuery);
    expect(config).toEqual({ mirror: false, storeTimeZone: 'Asia/Jakarta' });
  });
});
