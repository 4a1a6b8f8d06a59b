import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { ApiErrorAlert } from './api-error-alert';

const conflict = new ApiError({
  kind: 'http',
  status: 409,
  method: 'POST',
  url: 'http://cs/data-jobs/for-team/a/jobs/j/deployments/d/executions',
  opId: 'op-42',
  what: 'Cannot start the data job execution.',
  why: 'The data job is already executing.',
  countermeasures: 'Wait for the running execution to finish.',
});

afterEach(() => vi.unstubAllGlobals());

describe('ApiErrorAlert', () => {
  it('shows the service’s own explanation, the status and the op id', () => {
    render(<ApiErrorAlert error={conflict} title="Could not start the job" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not start the job');
    expect(screen.getByText('Cannot start the data job execution.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('The data job is already executing.')).toBeInTheDocument();
    expect(screen.getByText('Wait for the running execution to finish.')).toBeInTheDocument();
    expect(screen.getByText('HTTP 409 · Op id op-42')).toBeInTheDocument();
  });

  it('offers Retry when the caller can retry', async () => {
    const onRetry = vi.fn();
    render(<ApiErrorAlert error={conflict} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('copies a ready-to-paste report', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ApiErrorAlert error={conflict} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Op id (X-OPID): op-42'));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('reveals the report for manual copying when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { container } = render(<ApiErrorAlert error={new Error('Boom')} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copy failed');
    expect(container.querySelector('details')).toHaveAttribute('open');
  });

  it('handles errors that are not API errors', () => {
    render(<ApiErrorAlert error="weird" />);
    expect(screen.getByText('An unexpected error occurred.')).toBeInTheDocument();
  });
});
