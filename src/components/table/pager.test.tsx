import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { Pager } from './pager';

function renderPager(page: number) {
  const onPage = vi.fn();
  const result = renderWithProviders(
    <Pager
      page={page}
      pageSize={25}
      pageSizes={[25, 50]}
      total={1_000}
      noun="job"
      onPage={onPage}
      onPageSize={() => undefined}
    />,
  );
  return { ...result, onPage };
}

describe('Pager', () => {
  it('jumps to a typed page number, to the first and to the last page', async () => {
    const { user, onPage } = renderPager(3);
    expect(screen.getByText('51–75 of 1,000 jobs')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Page' });
    expect(field).toHaveValue('3');
    await user.clear(field);
    await user.type(field, '17{Enter}');
    expect(onPage).toHaveBeenLastCalledWith(17);
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(onPage).toHaveBeenLastCalledWith(1);
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(onPage).toHaveBeenLastCalledWith(40);
  });

  it('keeps a typed page within the list and ignores what is not a number', async () => {
    const { user, onPage } = renderPager(1);
    const field = screen.getByRole('textbox', { name: 'Page' });
    await user.clear(field);
    await user.type(field, '999{Enter}');
    expect(onPage).toHaveBeenLastCalledWith(40);
    expect(field).toHaveValue('40');
    onPage.mockClear();
    await user.clear(field);
    await user.type(field, 'x');
    await user.tab();
    expect(onPage).not.toHaveBeenCalled();
    expect(field).toHaveValue('1');
    expect(screen.getByRole('button', { name: 'First page' })).toBeDisabled();
  });
});
