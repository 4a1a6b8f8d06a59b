import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
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

  it('says why a typed job was not added: already listed, or one too many for a request', async () => {
    const full = Array.from({ length: JOB_NAMES_PER_REQUEST }, (_, index) => `job-${index}`);
    const { router, user } = renderWithProviders(<FiltersInUrl />, {
      url: `/executions?${full.map((job) => `job=${job}`).join('&')}`,
    });
    const field = screen.getByRole('textbox', { name: 'Add a job' });

    await user.type(field, 'job-3{Enter}');
    expect(field).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('job-3 is already in the list');

    await user.type(field, 'ingest-hr{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      `At most ${JOB_NAMES_PER_REQUEST} jobs at once: remove one to add ingest-hr`,
    );
    expect(field).toHaveValue('ingest-hr');
    expect(jobsInUrl(router)).toEqual(full);

    await user.click(screen.getByRole('button', { name: 'Remove job job-0' }));
    // The list re-renders in a navigation's transition: Enter before it would still find the filter full.
    const listed = screen.getByRole('list', { name: 'Only the jobs' });
    await waitFor(() => expect(within(listed).getAllByRole('listitem')).toHaveLength(full.length - 1), SETTLED);
    await user.type(screen.getByRole('textbox', { name: 'Add a job' }), '{Enter}');
    expect(jobsInUrl(router)).toEqual([...full.slice(1), 'ingest-hr']);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
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
