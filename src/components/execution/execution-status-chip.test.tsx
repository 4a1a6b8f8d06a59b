import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API_STATUSES, duplicates } from '@/testing/api-statuses';
import { ExecutionStatusChip, ExecutionStatusIcon } from './execution-status-chip';

const UNKNOWN = /^(Unknown|No status)/;

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

  it.each(Object.entries(API_STATUSES))(
    'gives every %s status its own text and its own icon, so colour is never the only cue',
    (_api, statuses) => {
      const { container } = render(
        <>
          {statuses.map((status) => (
            <ExecutionStatusChip key={status} status={status} />
          ))}
        </>,
      );
      const looks = [...container.children].map((chip, index) => ({
        status: statuses[index],
        text: chip.textContent?.trim() ?? '',
        icon: chip.querySelector('svg')?.getAttribute('data-testid'),
      }));
      expect(looks).toHaveLength(statuses.length);
      for (const { status, text, icon } of looks) {
        expect(text, `${status}: a text label`).not.toBe('');
        expect(text, `${status}: a status the app knows`).not.toMatch(UNKNOWN);
        expect(icon, `${status}: an icon`).toBeTruthy();
      }
      expect(duplicates(looks.map((look) => look.text)), 'statuses sharing a label').toEqual([]);
      expect(duplicates(looks.map((look) => look.icon)), 'statuses sharing an icon').toEqual([]);
    },
  );

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

  it.each(Object.entries(API_STATUSES))(
    'names every %s status in words and draws it in a shape of its own',
    (_api, statuses) => {
      const { container } = render(
        <>
          {statuses.map((status) => (
            <ExecutionStatusIcon key={status} status={status} />
          ))}
        </>,
      );
      const names = screen.getAllByRole('img').map((image) => image.getAttribute('aria-label') ?? '');
      expect(names).toHaveLength(statuses.length);
      expect(
        names.filter((name) => !name.trim() || UNKNOWN.test(name)),
        'unnamed or unknown',
      ).toEqual([]);
      expect(duplicates(names), 'statuses sharing a name').toEqual([]);
      const shapes = [...container.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-testid'));
      expect(shapes).toHaveLength(statuses.length);
      expect(duplicates(shapes), 'statuses sharing an icon').toEqual([]);
    },
  );
});
