import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Hint } from './hint';

describe('Hint', () => {
  it('describes its target for assistive tech even while closed', () => {
    render(<Hint title="Full description of the job">Full descr…</Hint>);
    expect(screen.getByText('Full descr…')).toHaveAccessibleDescription('Full description of the job');
    expect(screen.getByRole('tooltip', { hidden: true })).not.toBeVisible();
  });

  it('opens on keyboard focus and closes with Escape', async () => {
    const user = userEvent.setup();
    render(<Hint title="2026-11-27 16:30:05 UTC">18:30</Hint>);
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('stays open while the pointer moves onto it', () => {
    vi.useFakeTimers();
    try {
      render(<Hint title="Out of memory">User error</Hint>);
      const target = screen.getByText('User error');
      fireEvent.mouseEnter(target);
      fireEvent.mouseLeave(target);
      fireEvent.mouseEnter(target);
      act(() => {
        vi.advanceTimersByTime(500);
      });
      expect(screen.getByRole('tooltip')).toBeVisible();
      fireEvent.mouseLeave(target);
      act(() => {
        vi.advanceTimersByTime(500);
      });
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not add a tab stop when its child is focusable', async () => {
    const user = userEvent.setup();
    render(
      <Hint title="Start a manual execution" childIsFocusable>
        <button type="button">Execute now</button>
      </Hint>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Execute now' })).toHaveFocus();
  });
});
