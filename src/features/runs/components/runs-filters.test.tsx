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
});
