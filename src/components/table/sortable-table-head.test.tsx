import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SortableTableHead, type SortableColumn, type SortDirection, type TableSort } from './sortable-table-head';

type Field = 'name' | 'start';
const COLUMNS: SortableColumn<Field>[] = [
  { id: 'name', label: 'Name', sortBy: 'name' },
  { id: 'start', label: 'Start', sortBy: 'start' },
  { id: 'duration', label: 'Duration', align: 'right' },
];

function Harness({
  firstDirection,
  onSort,
}: {
  firstDirection: SortDirection;
  onSort: (sort: TableSort<Field>) => void;
}) {
  const [sort, setSort] = useState<TableSort<Field>>({ by: 'name', direction: 'asc' });
  return (
    <table>
      <SortableTableHead
        columns={COLUMNS}
        sort={sort}
        firstDirection={firstDirection}
        onSortChange={(next) => {
          onSort(next);
          setSort(next);
        }}
      />
    </table>
  );
}

describe('SortableTableHead', () => {
  it('marks the sorted column with aria-sort and makes sortable headers real buttons', () => {
    render(<Harness firstDirection="asc" onSort={vi.fn()} />);
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Start' })).not.toHaveAttribute('aria-sort');
    const button = screen.getByRole('button', { name: 'Start' });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'button');
    expect(screen.queryByRole('button', { name: 'Duration' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toBeInTheDocument();
  });

  it('sorts another column in the first direction and flips the sorted one', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<Harness firstDirection="desc" onSort={onSort} />);

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(onSort).toHaveBeenLastCalledWith({ by: 'start', direction: 'desc' });
    expect(screen.getByRole('columnheader', { name: 'Start' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(onSort).toHaveBeenLastCalledWith({ by: 'start', direction: 'asc' });
    expect(screen.getByRole('columnheader', { name: 'Start' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('is operable from the keyboard', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<Harness firstDirection="asc" onSort={onSort} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSort).toHaveBeenLastCalledWith({ by: 'name', direction: 'desc' });
  });
});
