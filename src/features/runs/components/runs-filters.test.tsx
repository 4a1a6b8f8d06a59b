import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { useRunsSearch } from '../hooks/use-runs-search';
import { RunsFilters } from './runs-filters';

/** The filters as the runs page holds them: in the URL. */
function FiltersInUrl() {
  const { search, setFilters } = useRunsSearch();
  return <RunsFilters search={search} onChange={setFilters} />;
}

/** A navigation re-renders in a transition: slow on a busy machine. */
const SETTLED = { timeout: 5_000 };

const jobsInUrl = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search).getAll('job');

describe('RunsFilters', () => {
  it('shows each job of the link, removes one, and adds one typed', async () => {
    const { router, user } = renderWithProviders(<FiltersInUrl />, {
      url: '/executions?job=ingest-sales&job=ingest-costs&status=user_error',
    });
    const jobs = screen.getByRole('list', { name: 'Only the jobs' });
    expect(
      within(jobs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ingest-sales', 'ingest-costs']);

    await user.click(within(jobs).getByRole('button', { name: 'Remove job ingest-sales' }));
    expect(jobsInUrl(router)).toEqual(['ingest-costs']);
    await waitFor(() => expect(within(jobs).getAllByRole('listitem')).toHaveLength(1), SETTLED);

    await user.type(screen.getByRole('textbox', { name: 'Add a job' }), 'ingest-hr{Enter}');
    expect(jobsInUrl(router)).toEqual(['ingest-costs', 'ingest-hr']);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add a job' })).toHaveValue(''), SETTLED);
    expect(
      within(jobs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ingest-costs', 'ingest-hr']);
    expect(new URLSearchParams(router.state.location.search).getAll('status')).toEqual(['user_error']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(jobsInUrl(router)).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Only the jobs' })).not.toBeInTheDocument(), SETTLED);
  });

  it('ticks several statuses in one opening of the menu, and picks a custom range', async () => {
    const { router, user } = renderWithProviders(<FiltersInUrl />, { url: '/executions' });
    await user.click(screen.getByRole('button', { name: 'Status: All statuses' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Succeeded' }, SETTLED));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Running' }));
    expect(screen.getByRole('menuitemcheckbox', { name: 'Succeeded' })).toBeChecked();
    expect(new URLSearchParams(router.state.location.search).getAll('status')).toEqual(['succeeded', 'running']);
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Status: Succeeded, Running' }, SETTLED)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Time range: All time' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Custom range' }, SETTLED));
    expect(await screen.findByLabelText(/^Started from \(/, undefined, SETTLED)).toHaveAttribute(
      'type',
      'datetime-local',
    );
    expect(screen.getByLabelText(/^Started until \(/)).toHaveValue('');
  });
});
