import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://checkout.xendit.co/web/abc')).toBe('https://checkout.xendit.co/web/abc');
    expect(safeHttpUrl(' http://example.com ')).toBe('http://example.com/');
  });

  it('refuses script, data and other schemes however they are spelled', () => {
    expect(safeHttpUrl('javascript:window.__xss=1')).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('java\tscript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('ftp://example.com')).toBeNull();
  });

  it('refuses relative, empty and non-string values', () => {
    expect(safeHttpUrl('/web/abc')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
  });
});
