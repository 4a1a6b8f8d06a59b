import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RefreshIndicator } from './refresh-indicator';

describe('RefreshIndicator', () => {
  it('says how fresh the data is and refreshes on request', async () => {
    const onRefresh = vi.fn();
    render(
      <RefreshIndicator
        updatedAt={Date.now() - 12_000}
        isFetching={false}
        onRefresh={onRefresh}
        autoRefreshLabel="every 5 s"
      />,
    );
    expect(screen.getByText('Updated 12 s ago · refreshes every 5 s')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });

  it('shows that an update is running', () => {
    render(<RefreshIndicator updatedAt={Date.now()} isFetching onRefresh={vi.fn()} />);
    expect(screen.getByText('Updating…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeDisabled();
  });
});
