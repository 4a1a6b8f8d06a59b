import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { DEFAULT_JOBS_SEARCH } from '../model/jobs-search';
import { JobsFilterBar } from './jobs-filter-bar';

describe('JobsFilterBar team filter', () => {
  it('treats a team named "*" or "All teams" as a team, not as the choice of every team', async () => {
    const onChange = vi.fn();
    const teams = ['*', 'All teams', 'analytics'];
    const { user } = renderWithProviders(
      <JobsFilterBar search={{ ...DEFAULT_JOBS_SEARCH, team: '*' }} onChange={onChange} teams={teams} />,
    );
    await user.click(screen.getByRole('button', { name: 'Team: *' }));
    const choices = await screen.findAllByRole('menuitemradio');
    expect(choices.map((choice) => [choice.textContent, choice.getAttribute('aria-checked')])).toEqual([
      ['All teams', 'false'],
      ['*', 'true'],
      ['All teams', 'false'],
      ['analytics', 'false'],
    ]);
    await user.click(choices[2]!);
    expect(onChange).toHaveBeenLastCalledWith({ team: 'All teams' });
  });
});
