import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string>;

/** Cekat's documented error shape (from its authentication page), used for every error the emulator sends. */
export function errorBody(status: number, message: string) {
  return { success: false, status_code: status, error: { message } };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  if (res.destroyed || res.writableEnded) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(payload)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

/** A positive integer query parameter, `fallback` when absent, null when present but not a positive integer. */
export function positiveInteger(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  if (!/^\d{1,15}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 ? value : null;
}
