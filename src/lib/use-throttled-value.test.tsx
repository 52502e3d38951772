import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from './use-throttled-value';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const render = (value: number, active: boolean) =>
  renderHook(
    (props: { value: number; active: boolean }) => useThrottledValue(props.value, props.active, 1000),
    {
      initialProps: { value, active },
    },
  );

describe('useThrottledValue', () => {
  it('passes the first change at once, then at most one change a period, ending on the latest', () => {
    const { result, rerender } = render(0, true);
    rerender({ value: 1, active: true });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(1);
    rerender({ value: 2, active: true });
    act(() => vi.advanceTimersByTime(400));
    rerender({ value: 3, active: true });
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(3);
  });

  it('passes every value as it is once no longer active', () => {
    const { result, rerender } = render(0, true);
    rerender({ value: 1, active: true });
    act(() => vi.advanceTimersByTime(0));
    rerender({ value: 2, active: true });
    expect(result.current).toBe(1);
    rerender({ value: 5, active: false });
    expect(result.current).toBe(5);
  });
});
