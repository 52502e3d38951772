import { describe, expect, it } from 'vitest';
import { neighbours } from './neighbours';
import { testOrder } from './test-order';

const rows = ['a', 'b', 'c'].map((id) => testOrder({ id }));

describe('neighbours', () => {
  it('finds the orders before and after', () => {
    const result = neighbours(rows, 'b');
    expect(result.index).toBe(1);
    expect(result.total).toBe(3);
    expect(result.previous?.id).toBe('a');
    expect(result.next?.id).toBe('c');
  });

  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(rows, 'a').previous).toBeNull();
    expect(neighbours(rows, 'c').next).toBeNull();
  });

  it('reports an order the filters hide', () => {
    expect(neighbours(rows, 'z')).toEqual({ index: -1, total: 3, previous: null, next: null });
  });
});
