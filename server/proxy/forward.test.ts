import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest, upstreamId, type ProxyAnswer } from './forward.ts';

const KEY = 'unit-test-key-7f3a9c';
const seen: IncomingMessage[] = [];
let server: Server;
let baseUrl = '';

// One fake upstream whose behaviour is picked by the order id in the path.
function fakeUpstream(req: IncomingMessage, res: ServerResponse): void {
  seen.push(req);
  const id = (req.url ?? '').split('?')[0]?.split('/')[3] ?? '';
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (id === 'hang') return;
  if (id === 'close') return void req.socket.destroy();
  if (id === 'html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.end('<html><body>Welcome to nginx</body></html>');
  }
  if (id === 'html-429') {
    res.writeHead(429, { 'content-type': 'text/html', 'retry-after': '30' });
    return void res.end('<html>slow down</html>');
  }
  if (id === 'echo-key')
    return json(401, { error: { message: `Bad key ${KEY} from 10.1.2.3:8080 at ${baseUrl}` } });
  if (id === 'redirect') {
    res.writeHead(302, { location: 'http://10.0.0.1/login' });
    return void res.end();
  }
  if (id === 'half') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"data":');
    return void setTimeout(() => req.socket.destroy(), 20);
  }
  if (id === 'odd-header') return json(200, {}, { 'x-ratelimit-remaining': '5', 'retry-after': '<script>' });
  json(
    200,
    { message: 'success', data: { orders: [] }, auth: req.headers.authorization },
    { 'x-ratelimit-limit': '60' },
  );
}

beforeAll(async () => {
  server = createServer(fakeUpstream);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { upstream: () => ({ baseUrl, apiKey: KEY }), timeoutMs: 300 };

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<ProxyAnswer> {
  return forwardRequest({ method, url, headers }, options);
}

function message(answer: ProxyAnswer): string {
  return (JSON.parse(answer.body.toString()) as { error: { message: string } }).error.message;
}

function expectNoSecrets(answer: ProxyAnswer): void {
  const everything = `${answer.body.toString()} ${JSON.stringify(answer.headers)}`;
  expect(everything).not.toContain(KEY);
  expect(everything).not.toContain(baseUrl);
  expect(everything).not.toMatch(/10\.1\.2\.3|10\.0\.0\.1/);
}

describe('forwardRequest', () => {
  it('forwards a GET on the orders list with the key injected and rate-limit headers passed back', async () => {
    const answer = await get('/api/orders?limit=100&page=2');
    expect(answer.status).toBe(200);
    expect(answer.headers['x-ratelimit-limit']).toBe('60');
    expect(answer.headers['x-upstream-id']).toBe(upstreamId({ baseUrl, apiKey: KEY }));
    // The fake echoes the Authorization header it got; the proxy scrubs the key on the way back.
    expect(answer.body.toString()).toContain('Bearer [redacted]');
    expectNoSecrets(answer);
    expect(seen.at(-1)?.url).toBe('/api/orders?limit=100&page=2');
  });

  it.each([
    ['/api/contacts', 404],
    ['/api/orders/../contacts', 404],
    ['/api/orders/..%2F..%2Fadmin', 404],
    ['/api/orders/%2e%2e', 404],
    ['/api/orders/a/b', 404],
    ['/api//orders', 404],
    ['/api/orders%00', 404],
    ['/API/orders', 404],
    ['/api/orders?limit=1 HTTP/1.1\r\nHost: evil', 400],
    ['/api/orders?q=<script>', 400],
    [`/api/orders?limit=${'9'.repeat(600)}`, 414],
  ])('refuses %s without asking upstream', async (url, status) => {
    const before = seen.length;
    expect((await get(url)).status).toBe(status);
    expect(seen.length).toBe(before);
  });

  it('refuses other methods and GETs that carry a body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await get('/api/orders', {}, method);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    }
    expect((await get('/api/orders', { 'content-length': '5' })).status).toBe(413);
    expect((await get('/api/orders', { 'transfer-encoding': 'chunked' })).status).toBe(413);
  });

  it('drops every header the browser sent, so injection attempts never reach upstream', async () => {
    await get('/api/orders?page=1', {
      authorization: 'Bearer attacker',
      api_key: 'attacker',
      cookie: 'session=abc',
      'x-forwarded-host': 'evil.example',
      host: 'evil.example',
    });
    const headers = seen.at(-1)?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    expect(headers.cookie).toBeUndefined();
    expect(headers.api_key).toBe(KEY);
    expect(headers['x-forwarded-host']).toBeUndefined();
    expect(headers.host).toBe(new URL(baseUrl).host);
  });

  it('turns a hanging upstream into 504', async () => {
    const answer = await get('/api/orders/hang');
    expect(answer.status).toBe(504);
    expect(message(answer)).toMatch(/did not answer in time/);
  });

  it('turns a closed connection, before or during the body, into 502', async () => {
    for (const id of ['close', 'half']) {
      const answer = await get(`/api/orders/${id}`);
      expect(answer.status).toBe(502);
      expect(message(answer)).toMatch(/closed the connection/);
      expectNoSecrets(answer);
    }
  });

  it('turns an unreachable upstream into 502 without naming its address', async () => {
    const answer = await forwardRequest(
      { method: 'GET', url: '/api/orders', headers: {} },
      { upstream: () => ({ baseUrl: 'http://127.0.0.1:1', apiKey: KEY }), timeoutMs: 1000 },
    );
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).not.toContain('127.0.0.1');
  });

  it('never relays an HTML page: 502 for a 200, the status kept for an error', async () => {
    const html = await get('/api/orders/html');
    expect(html.status).toBe(502);
    expect(message(html)).toMatch(/text\/html instead of JSON/);
    const limited = await get('/api/orders/html-429');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(limited.body.toString()).not.toContain('<html>');
  });

  it('passes upstream errors through without the key or internal addresses', async () => {
    const answer = await get('/api/orders/echo-key');
    expect(answer.status).toBe(401);
    expect(message(answer)).toMatch(/^Bad key \[redacted\] from \[internal\]/);
    expectNoSecrets(answer);
  });

  it('does not follow or relay redirects', async () => {
    const answer = await get('/api/orders/redirect');
    expect(answer.status).toBe(502);
    expect(answer.headers.location).toBeUndefined();
    expectNoSecrets(answer);
  });

  it('passes back only well-formed rate-limit headers', async () => {
    const answer = await get('/api/orders/odd-header');
    expect(answer.headers['x-ratelimit-remaining']).toBe('5');
    expect(answer.headers['retry-after']).toBeUndefined();
  });

  it('reports a cancelled request as cancelled, not as an upstream failure', async () => {
    const controller = new AbortController();
    const pending = forwardRequest(
      { method: 'GET', url: '/api/orders/hang', headers: {} },
      options,
      controller.signal,
    );
    controller.abort();
    expect((await pending).status).toBe(499);
  });
});
