import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

function Clock({ id }: { id: string }) {
  const now = useNow(1000);
  return <p data-testid={id}>{now.toISOString()}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-27T16:30:00Z'));
});
// The spies below wrap the fake timers: restored first, or they would put the fake ones back after the real ones, for
// the files that share this window (vite.config.ts, ISOLATED_APP_TESTS).
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('useNow', () => {
  it('ticks every component together from one timer', () => {
    const setInterval = vi.spyOn(window, 'setInterval');
    render(
      <>
        <Clock id="a" />
        <Clock id="b" />
      </>,
    );
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByTestId('a')).toHaveTextContent('2026-11-27T16:30:03.000Z');
    expect(screen.getByTestId('b')).toHaveTextContent('2026-11-27T16:30:03.000Z');
    expect(setInterval).toHaveBeenCalledTimes(1);
  });

  it('stops its timer when the last component unmounts', () => {
    const clearInterval = vi.spyOn(window, 'clearInterval');
    const { unmount } = render(<Clock id="a" />);
    unmount();
    expect(clearInterval).toHaveBeenCalledTimes(1);
  });
});
