import { describe, expect, it } from 'vitest';
import type { Mirror } from './mirror.ts';
import { createMirrorRoutes } from './routes.ts';
import { MirrorStoreError } from './store.ts';

const down = new MirrorStoreError(
  'The mirror database, PostgreSQL at db:5432/mirror, is not reachable (ECONNREFUSED).',
);
const failing = async () => {
  throw down;
};
const mirror = {
  upstreamId: 'u',
  epoch: 'e',
  changes: failing,
  orderJson: failing,
  refresh: failing,
} as unknown as Mirror;

describe('mirror routes while the database is away', () => {
  it('answer 503 in our words, so the browser keeps what it holds and asks again', async () => {
    const routes = createMirrorRoutes(mirror, 'Asia/Jakarta');
    const request = { method: 'GET', url: '/api/mirror/changes?since=5', headers: {}, host: 'localhost' };
    const answer = await routes.answer(request);
    expect(answer).toMatchObject({ kind: 'json', status: 503, headers: { 'retry-after': '5' } });
    expect(answer?.kind === 'json' && JSON.parse(answer.body)).toEqual({
      success: false,
      status_code: 503,
      error: { message: down.message },
    });
    const order = await routes.answer({ ...request, url: '/api/mirror/orders/42' });
    expect(order).toMatchObject({ status: 503 });
  });

  it('let any other failure through to the server’s own error handling', async () => {
    const broken = { ...mirror, changes: () => Promise.reject(new TypeError('bug')) } as Mirror;
    const request = { method: 'GET', url: '/api/mirror/changes', headers: {}, host: 'localhost' };
    await expect(createMirrorRoutes(broken, 'Asia/Jakarta').answer(request)).rejects.toThrow(TypeError);
  });
});
