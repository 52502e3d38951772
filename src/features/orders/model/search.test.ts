import { makeOrder } from './fixtures';
import { highlightRanges, matchesSearch, nationalDigits, parseSearch, searchKeys } from './search';

const finds = (q: string, order = makeOrder()) => {
  const query = parseSearch(q);
  return query !== null && matchesSearch(searchKeys(order), query);
};

describe('search', () => {
  it('finds a phone however the customer wrote it', () => {
    expect(finds('0812-3456-7890')).toBe(true);
    expect(finds('+62 812 3456 7890')).toBe(true);
    expect(finds('6281234567890')).toBe(true);
    expect(finds('3456 78')).toBe(true);
    expect(finds('0813')).toBe(false);
    expect(finds('0345')).toBe(false);
    expect(finds('345')).toBe(true);
  });

  it('finds order numbers, names without accents, and ids', () => {
    expect(finds('2292')).toBe(true);
    expect(finds('zoe sir')).toBe(true);
    expect(finds('ZOË')).toBe(true);
    expect(finds('id-1')).toBe(true);
    expect(finds('budi')).toBe(false);
  });

  it('treats an empty query as no search and survives missing contacts', () => {
    expect(parseSearch('   ')).toBeNull();
    expect(finds('2292', makeOrder({ contact: null }))).toBe(true);
  });

  it('strips the country code or trunk zero', () => {
    expect(nationalDigits('+62 812')).toBe('812');
    expect(nationalDigits('0812')).toBe('812');
    expect(nationalDigits('812')).toBe('812');
  });
});

describe('highlightRanges', () => {
  it('marks a text match and a phone match across separators', () => {
    expect(highlightRanges('Zoë Siregar', parseSearch('sire'))).toEqual([[4, 8]]);
    expect(highlightRanges('+62 812-3456-7890', parseSearch('0812 3456'), true)).toEqual([[4, 12]]);
    expect(highlightRanges('#4812', parseSearch('0812'))).toEqual([]);
    expect(highlightRanges('Budi', parseSearch('x'))).toEqual([]);
    expect(highlightRanges('Budi', null)).toEqual([]);
  });
});
