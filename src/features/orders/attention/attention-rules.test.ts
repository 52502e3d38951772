import { i18n } from '@/i18n/i18n';
import { messages as en } from '@/i18n/locales/en.po';
import { messages as id } from '@/i18n/locales/id.po';
import { makeOrder } from '../model/fixtures';
import {
  ATTENTION_RULES,
  attentionOf,
  DEFAULT_THRESHOLDS,
  readThresholds,
  selectAttention,
} from './attention-rules';
import { waitingText, whyText } from './attention-text';

const created = Date.parse('2026-03-01T10:00:00Z');
const MINUTE = 60e3;
const HOUR = 3600e3;

describe('attention rules', () => {
  const cases: [string, number][] = [
    ['pending', 24],
    ['paid', 48],
    ['processing', 48],
    ['shipped', 7 * 24],
  ];
  it.each(cases)('%s: selected only once strictly past %i hours', (status, hours) => {
    const order = makeOrder({ order_status: status, createdAtMs: created });
    const at = created + hours * HOUR;
    expect(attentionOf(order, at - MINUTE, DEFAULT_THRESHOLDS)).toBeNull();
    expect(attentionOf(order, at, DEFAULT_THRESHOLDS)).toBeNull();
    expect(attentionOf(order, at + MINUTE, DEFAULT_THRESHOLDS)).toMatchObject({
      rule: status,
      ageMs: hours * HOUR + MINUTE,
    });
  });

  it("counts hours since created_at, not calendar days: across the store's midnight, on a device elsewhere", () => {
    vi.stubEnv('TZ', 'America/New_York');
    try {
      // 23:30 WIB on 1 March; the store's midnight passes half an hour later, the device's day is still 1 March.
      const lateEvening = makeOrder({ createdAtMs: Date.parse('2026-03-01T16:30:00Z') });
      const nextEvening = Date.parse('2026-03-02T16:30:00Z');
      expect(attentionOf(lateEvening, Date.parse('2026-03-01T17:30:00Z'), DEFAULT_THRESHOLDS)).toBeNull();
      expect(attentionOf(lateEvening, nextEvening - MINUTE, DEFAULT_THRESHOLDS)).toBeNull();
      expect(attentionOf(lateEvening, nextEvening, DEFAULT_THRESHOLDS)).toBeNull();
      expect(attentionOf(lateEvening, nextEvening + MINUTE, DEFAULT_THRESHOLDS)?.ageMs).toBe(
        24 * HOUR + MINUTE,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('never selects delivered, cancelled, refunded, unknown statuses or undated orders', () => {
    const late = created + 365 * 24 * HOUR;
    for (const status of ['delivered', 'cancelled', 'refunded', 'on_hold', ''])
      expect(attentionOf(makeOrder({ order_status: status }), late, DEFAULT_THRESHOLDS)).toBeNull();
    expect(attentionOf(makeOrder({ createdAtMs: null }), late, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it('follows overridden thresholds', () => {
    const order = makeOrder({ order_status: 'paid', createdAtMs: created });
    const thresholds = { ...DEFAULT_THRESHOLDS, paid: 2 };
    expect(attentionOf(order, created + 2 * HOUR + MINUTE, thresholds)?.rule).toBe('paid');
    expect(attentionOf(order, created + 2 * HOUR + MINUTE, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it('lists the most overdue first and counts per rule', () => {
    const now = created + 10 * 24 * HOUR;
    const orders = [
      makeOrder({ id: 'ship', order_status: 'shipped', createdAtMs: now - 8 * 24 * HOUR }),
      makeOrder({ id: 'pend', order_status: 'pending', createdAtMs: now - 3 * 24 * HOUR }),
      makeOrder({ id: 'paid', order_status: 'paid', createdAtMs: now - 3 * 24 * HOUR }),
      makeOrder({ id: 'fresh', order_status: 'pending', createdAtMs: now - HOUR }),
    ];
    const { items, perRule } = selectAttention(orders, now, DEFAULT_THRESHOLDS);
    expect(items.map((i) => i.order.id)).toEqual(['pend', 'paid', 'ship']);
    expect(perRule).toEqual({ pending: 1, paid: 1, processing: 0, shipped: 1 });
  });

  it('reads stored thresholds, keeping defaults for anything unusable', () => {
    expect(readThresholds({ pending: 12, paid: -1, processing: 'x' })).toEqual({
      ...DEFAULT_THRESHOLDS,
      pending: 12,
    });
    expect(readThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
    expect(Object.keys(readThresholds({}))).toEqual([...ATTENTION_RULES]);
  });
});

describe('attention words', () => {
  it('says how long an order has waited, in either language', () => {
    expect(waitingText(3 * 24 * HOUR)).toBe('waiting 3 days');
    expect(waitingText(24 * HOUR)).toBe('waiting 1 day');
    expect(waitingText(5 * HOUR + 59 * MINUTE)).toBe('waiting 5 hours');
    expect(whyText('pending', 24)).toBe('Not paid after 1 day');
    i18n.loadAndActivate({ locale: 'id', messages: id });
    try {
      expect(waitingText(3 * 24 * HOUR + 5 * HOUR)).toBe('menunggu 3 hari');
      expect(whyText('shipped', 168)).toBe('Dikirim, belum diterima lewat 7 hari');
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en });
    }
  });
});
