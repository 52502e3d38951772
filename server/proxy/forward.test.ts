import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest, upstreamId, type ProxyAnswer } from './forward.ts';

const KEY = 'unit-test-key-7f3a9c-e';
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
  if (id === 'unlabelled' || id === 'text-plain') {
    res.writeHead(200, id === 'text-plain' ? { 'content-type': 'text/plain' } : {});
    return void res.end('{"data":{"orders":[]}}');
  }
  if (id === 'type-key') {
    res.writeHead(200, { 'content-type': `text/${KEY}` });
    return void res.end('x');
  }
  if (id === 'header-key') {
    const hostile = {
      'x-ratelimit-limit': `60 ${KEY}`,
      'x-ratelimit-remaining': KEY,
      'retry-after': `1 ${KEY}`,
    };
    return json(200, { data: [] }, hostile);
  }
  if (id === 'dated')
    return json(429, {}, { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT', 'x-ratelimit-remaining': ' 0' });
  if (id === 'internals') {
    const leak = `${KEY.replace(/-/g, '%2D')} ${Buffer.from(KEY).toString('base64')} [::1]:8080 fd00::1 fe80::1%eth0 db-primary.internal:5432 at Object.<anonymous> (/srv/app/index.js:1:1)`;
    return json(500, { error: { message: leak } });
  }
  if (id === 'encoded-key') {
    res.writeHead(200, { 'content-type': 'application/json' });
    const forms = [
      KEY.replace(/-/g, '%2d'),
      KEY.replace(/e/g, '\\u0065'),
      Buffer.from(KEY).toString('base64url'),
    ];
    return void res.end(`{"notes":${JSON.stringify(forms)},"id":12345678901234567891}`);
  }
  // The list refuses pages past its end (5 on) with 404, as some frameworks do; `missing` refuses every page.
  const query = new URL(req.url ?? '', 'http://fake').searchParams;
  if (id === '' && (Number(query.get('page')) >= 5 || query.has('missing')))
    return json(404, { detail: 'Invalid page.' }, { 'x-ratelimit-limit': '60' });
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

const options = { upstream: () => ({ baseUrl, apiKey: KEY }), timeoutMs: 1_500 };

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

  it('refuses every method but GET (HEAD included, as the upstream does) and GETs that carry a body', async () => {
    const before = seen.length;
    for (const method of ['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await get('/api/orders', {}, method);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET');
    }
    expect(seen.length).toBe(before);
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
    expect(message(html)).toMatch(/an HTML page instead of JSON/);
    const limited = await get('/api/orders/html-429');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(limited.body.toString()).not.toContain('<html>');
  });

  it('answers a 404 for a list page after the first as the empty page that ends the list', async () => {
    const past = await get('/api/orders?limit=100&page=5');
    expect(past.status).toBe(200);
    expect(JSON.parse(past.body.toString())).toEqual({ message: 'success', data: { orders: [] } });
    expect(past.headers['x-upstream-id']).toBe(upstreamId({ baseUrl, apiKey: KEY }));
    expect(past.headers['x-ratelimit-limit']).toBe('60');
    // On page 1 a 404 means a wrong address: it stays an error.
    const first = await get('/api/orders?limit=100&page=1&missing=1');
    expect(first.status).toBe(404);
    expect(message(first)).toMatch(/^Not found at the Cekat API/);
  });

  it('answers upstream errors in its own words, keeping the status', async () => {
    for (const [id, status] of [
      ['echo-key', 401],
      ['internals', 500],
      ['dated', 429],
    ] as const) {
      const answer = await get(`/api/orders/${id}`);
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(message(answer)).toMatch(
        /^(The Cekat API refused the key|The Cekat API failed|Too many requests)/,
      );
      expectNoSecrets(answer);
      expect(answer.body.toString()).not.toMatch(/::1|fd00|fe80|internal|5432|\/srv|base64|%2D/i);
    }
  });

  it('builds its own message for a non-JSON answer, never echoing the Content-Type', async () => {
    const answer = await get('/api/orders/type-key');
    expect(answer.status).toBe(502);
    expect(message(answer)).toMatch(/another content type instead of JSON \(HTTP 200\)/);
    expectNoSecrets(answer);
  });

  it('relays a JSON body whatever its Content-Type says, as JSON', async () => {
    for (const id of ['unlabelled', 'text-plain']) {
      const answer = await get(`/api/orders/${id}`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body.toString())).toEqual({ data: { orders: [] } });
    }
  });

  it('relays only headers it parsed and rebuilt', async () => {
    const hostile = await get('/api/orders/header-key');
    expect(hostile.status).toBe(200);
    expect(Object.keys(hostile.headers).sort()).toEqual(['content-type', 'x-upstream-id']);
    expectNoSecrets(hostile);
    const dated = await get('/api/orders/dated');
    expect(dated.headers['retry-after']).toBe('Wed, 21 Oct 2037 07:28:00 GMT');
    expect(dated.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('redacts the key in a 2xx body however it is encoded, leaving the rest byte for byte', async () => {
    const answer = await get('/api/orders/encoded-key');
    expect(answer.status).toBe(200);
    const text = answer.body.toString();
    // base64 keeps a character or two at each end that also encode the neighbouring bytes.
    expect(text).toMatch(
      /^\{"notes":\["\[redacted\]","\[redacted\]","\w{0,2}\[redacted\]\w{0,3}"\],"id":12345678901234567891\}$/,
    );
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
