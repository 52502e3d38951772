import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/i18n';
import { messages as en } from '@/i18n/locales/en.po';
import { messages as id } from '@/i18n/locales/id.po';
import { ApiError } from '@/lib/api-client';
import { describeFreshness, describeMirrorFailure, describeMirrorProgress, formatSpan } from './mirror-words';
import { FakeMirror } from './testing/fake-mirror';

const HOUR = 3600e3;

describe('mirror words', () => {
  it('says how fresh the figures are, never promising more than the oldest verification shows', () => {
    const now = 10 * HOUR;
    const status = { ...new FakeMirror().status, headCheckedAt: now - 12_000, sweepPassMs: 3 * HOUR };
    expect(describeFreshness({ ...status, oldestVerifiedAt: now - HOUR }, now)).toBe(
      'new orders checked 12 seconds ago · every order re-verified within 3 h',
    );
    expect(describeFreshness({ ...status, oldestVerifiedAt: now - 5.5 * HOUR }, now)).toContain('within 6 h');
    expect(describeFreshness({ ...status, firstPassDone: false }, now)).toBe(
      'new orders checked 12 seconds ago',
    );
  });

  it("shows the mirror's own progress while it still reads the history", () => {
    const status = { ...new FakeMirror().status, held: 4000, firstPassDone: false, firstPassPages: 40 };
    expect(describeMirrorProgress(1200, status)).toBe(
      '1.200 of 4.000 orders loaded · the server is still reading the shop’s history (40 pages so far)',
    );
    expect(formatSpan(90_000)).toBe('2 min');
    expect(formatSpan(49 * HOUR)).toBe('3 days');
  });

  it('says the orders on the page are kept only when there are some', () => {
    const refused = { kind: 'auth', message: 'ignored', at: 1 } as const;
    expect(describeMirrorFailure(refused, 300).action).toBe('The orders already loaded are kept.');
    expect(describeMirrorFailure(refused, 0).action).toBe('');
    const offline = new ApiError('network', 0, 'Failed to fetch');
    expect(describeMirrorFailure(offline, 300).action).toBe(
      'The orders already loaded are kept. Check your connection, then Retry.',
    );
    expect(describeMirrorFailure(offline, 0).action).toBe('Check your connection, then Retry.');
  });

  it('does not say a mirror that never loaded anything "stopped updating"', () => {
    const unreachable = { kind: 'network', message: 'ignored', at: 1 } as const;
    expect(describeMirrorFailure(unreachable, 0)).toEqual({
      problem:
        'The server has not loaded the shop’s orders yet: could not reach the Cekat API; retrying shortly.',
      action:
        'If this lasts, ask whoever runs this dashboard’s server to check its connection to the Cekat API (CEKAT_API_BASE_URL).',
    });
    i18n.loadAndActivate({ locale: 'id', messages: id });
    try {
      expect(describeMirrorFailure(unreachable, 0).problem).toBe(
        'Server belum memuat pesanan toko: API Cekat tidak dapat dihubungi; segera dicoba lagi.',
      );
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en });
    }
  });

  it('says an upstream that answers too slowly as slow, not as unreachable', () => {
    const slow = { kind: 'timeout', message: 'ignored', at: 1 } as const;
    expect(describeMirrorFailure(slow, 10).problem).toBe(
      'The server’s order copy stopped updating: the Cekat API took too long to answer; retrying shortly.',
    );
    expect(describeMirrorFailure(slow, 10).action).toBe(
      'The orders already loaded are kept. If this lasts, ask whoever runs this dashboard’s server to check its connection to the Cekat API (CEKAT_API_BASE_URL).',
    );
    i18n.loadAndActivate({ locale: 'id', messages: id });
    try {
      expect(describeMirrorFailure(slow, 10).problem).toContain('API Cekat terlalu lama menjawab');
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en });
    }
  });

  it('speaks Indonesian with the Indonesian catalog', () => {
    const status = { ...new FakeMirror().status, held: 4000, firstPassDone: false, firstPassPages: 1 };
    i18n.loadAndActivate({ locale: 'id', messages: id });
    try {
      expect(describeMirrorProgress(1200, status)).toBe(
        '1.200 dari 4.000 pesanan dimuat · server masih membaca riwayat toko (1 halaman sejauh ini)',
      );
      expect(formatSpan(49 * HOUR)).toBe('3 hari');
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en });
    }
  });
});
