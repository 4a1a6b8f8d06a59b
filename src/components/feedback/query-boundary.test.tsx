import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QueryBoundary } from './query-boundary';

describe('QueryBoundary', () => {
  it('shows a failing section’s error in place, keeps the rest, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let isBroken = true;
    function Chart() {
      if (isBroken) throw new Error('Chart data could not be read');
      return <p>Chart</p>;
    }
    render(
      <>
        <p>Table</p>
        <QueryBoundary title="Could not show the chart">
          <Chart />
        </QueryBoundary>
      </>,
    );
    expect(screen.getByText('Table')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not show the chart');

    isBroken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Chart')).toBeInTheDocument();
  });
});
