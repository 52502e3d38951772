import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments after a pause', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d('a');
    d('ab');
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('ab');
  });

  it('flushes a pending call at once and cancels one', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d(1);
    d.flush();
    expect(fn).toHaveBeenCalledWith(1);
    d(2);
    d.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
