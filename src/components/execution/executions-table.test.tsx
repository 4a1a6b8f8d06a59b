import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ExecutionSummary } from '@/api/types';
import { renderWithProviders } from '@/testing/render-with-providers';
import { executionColumns } from './execution-columns';
import { ExecutionsTable } from './executions-table';

const COLUMNS = executionColumns(true);
const VISIBLE = new Set(COLUMNS.map((column) => column.id));
const run = (id: string, status: string): ExecutionSummary =>
  ({ id, jobName: 'ingest', status, type: 'MANUAL', startTime: '2026-11-27T09:00:00Z' }) as ExecutionSummary;

function renderTable(onToggle = vi.fn()) {
  const rows = [run('ingest-2', 'RUNNING'), run('ingest-1', 'SUCCEEDED')];
  const result = renderWithProviders(
    <ExecutionsTable
      jobOf={() => ({ team: 'data', job: 'ingest' })}
      columns={COLUMNS}
      visible={VISIBLE}
      rows={rows}
      sort={{ property: 'startTime', direction: 'DESC' }}
      onSortChange={() => {}}
      selection={{ selected: new Set(['ingest-2']), onToggle, isSelectable: (row) => row.status === 'RUNNING' }}
      empty="No runs"
      isUpdating={false}
    />,
    { url: '/teams/data/executions' },
  );
  return { ...result, rows, onToggle };
}

describe('ExecutionsTable', () => {
  it('opens a run and its job inside the app, from plain links', async () => {
    const { user, router } = renderTable();
    const table = screen.getByRole('table', { name: 'Executions' });
    // The rows come a frame after the table.
    const runLink = await within(table).findByRole('link', { name: 'ingest-1' });
    expect(runLink).toHaveAttribute('href', '/teams/data/jobs/ingest/executions/ingest-1');
    expect(within(table).getAllByRole('link', { name: 'ingest' })[0]).toHaveAttribute(
      'href',
      '/teams/data/jobs/ingest',
    );

    await user.click(runLink);
    expect(router.state.location.pathname).toBe('/teams/data/jobs/ingest/executions/ingest-1');
  });

  it('offers a checkbox only on the runs that can be selected, ticked when selected', async () => {
    const { user, rows, onToggle } = renderTable();
    const running = await screen.findByRole('checkbox', { name: 'Select run ingest-2' });
    expect(running).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Select run ingest-1' })).not.toBeInTheDocument();

    await user.click(running);
    expect(onToggle).toHaveBeenCalledWith(rows[0]);
  });
});
