import { describe, expect, it } from 'vitest';
import { readRateLimit } from './orders-page.ts';

const limits = (limit: string, remaining: string) =>
  readRateLimit(new Headers({ 'x-ratelimit-limit': limit, 'x-ratelimit-remaining': remaining }));

describe('rate-limit headers', () => {
  it('reads the documented whole numbers', () => {
    expect(limits('60', '59')).toEqual({ limit: 60, remaining: 59 });
  });

  it('reads the first number of a value with parameters or a list, as newer rate-limit headers send it', () => {
    expect(limits('60;w=60', '12;w=60')).toEqual({ limit: 60, remaining: 12 });
    expect(limits('1000, 10000;w=86400', ' 0 ')).toEqual({ limit: 1000, remaining: 0 });
  });

  it('gives no number for what is not one', () => {
    expect(limits('', 'many')).toEqual({ limit: null, remaining: null });
    expect(limits('-5', '60 requests')).toEqual({ limit: null, remaining: null });
    expect(readRateLimit(new Headers())).toEqual({ limit: null, remaining: null });
  });
});
