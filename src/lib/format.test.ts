import { i18n } from '@/i18n/i18n';
import { messages as en } from '@/i18n/locales/en.po';
import { messages as id } from '@/i18n/locales/id.po';
import { formatDate, formatDateTime } from './format';

// 23:30 on 8 April in New York is 10:30 on 9 April in Jakarta: another day, another time.
const instant = Date.parse('2026-04-09T03:30:00Z');

describe('dates people read', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'America/New_York');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    i18n.loadAndActivate({ locale: 'en', messages: en });
  });

  it('read the store clock, not the device clock', () => {
    expect(new Date(instant).getDate()).toBe(8);
    expect(formatDateTime(instant, 'Asia/Jakarta')).toBe('9 Apr 2026, 10:30');
    expect(formatDate(instant, 'Asia/Jakarta')).toBe('9 Apr 2026');
    expect(formatDateTime(instant, 'Asia/Jayapura')).toBe('9 Apr 2026, 12:30');
    i18n.loadAndActivate({ locale: 'id', messages: id });
    expect(formatDateTime(instant, 'Asia/Jakarta')).toBe('9 Apr 2026, 10.30');
  });

  it('show a dash for a missing date', () => {
    expect(formatDateTime(null, 'Asia/Jakarta')).toBe('—');
    expect(formatDate(Number.NaN, 'Asia/Jakarta')).toBe('—');
  });
});
