import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExecutionStatusChip, ExecutionStatusIcon } from './execution-status-chip';

describe('ExecutionStatusChip', () => {
  it('shows the status as text with an icon, whatever the API’s spelling', () => {
    const { container } = render(
      <>
        <ExecutionStatusChip status="PLATFORM_ERROR" />
        <ExecutionStatusChip status="succeeded" />
      </>,
    );
    expect(screen.getByText('Platform error')).toBeInTheDocument();
    expect(screen.getByText('Succeeded')).toBeInTheDocument();
    expect(container.querySelector('[data-testid="ReportProblemIcon"]')).toBeInTheDocument();
    expect(container.querySelector('[data-testid="CheckCircleIcon"]')).toBeInTheDocument();
  });

  it('gives each status its own icon, so colour is never the only cue', () => {
    const statuses = ['submitted', 'running', 'succeeded', 'cancelled', 'skipped', 'user_error', 'platform_error'];
    const { container } = render(
      <>
        {statuses.map((status) => (
          <ExecutionStatusChip key={status} status={status} />
        ))}
      </>,
    );
    const icons = [...container.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-testid'));
    expect(new Set(icons).size).toBe(statuses.length);
  });

  it('says when a status is unknown or missing instead of showing nothing', () => {
    render(
      <>
        <ExecutionStatusChip status="FINISHED" />
        <ExecutionStatusChip status={null} />
      </>,
    );
    expect(screen.getByText('Unknown (FINISHED)')).toBeInTheDocument();
    expect(screen.getByText('No status')).toBeInTheDocument();
  });

  it('describes the chip with the execution’s message', () => {
    render(<ExecutionStatusChip status="user_error" message="Out of memory error on the K8S pod." />);
    expect(screen.getByText('User error').closest('[aria-describedby]')).toHaveAccessibleDescription(
      'Out of memory error on the K8S pod.',
    );
  });
});

describe('ExecutionStatusIcon', () => {
  it('is an image named by the status, or by a fuller label', () => {
    render(
      <>
        <ExecutionStatusIcon status="RUNNING" />
        <ExecutionStatusIcon status="user_error" label="User error, 2026-11-27 16:30" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Running' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'User error, 2026-11-27 16:30' })).toBeInTheDocument();
  });
});
