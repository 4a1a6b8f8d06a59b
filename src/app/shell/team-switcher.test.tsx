import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testConfig } from '@/testing/render-with-providers';
import { TeamSwitcher } from './team-switcher';

/** Teams named like the switcher's own "All teams" choice, or like a path step, from config or a token claim. */
const TEAMS = ['\u0000all', '..', 'All teams'];

function renderSwitcher() {
  return renderWithProviders(<></>, {
    url: '/jobs',
    config: testConfig({ teams: TEAMS, defaultTeam: undefined }),
    routes: [
      { path: '/teams/:team/jobs', element: <TeamSwitcher /> },
      { path: '/jobs', element: <TeamSwitcher /> },
    ],
  });
}

describe('TeamSwitcher with hostile team names', () => {
  it.each([
    [0, '/teams/%00all/jobs', ''],
    [1, '/jobs', '?team=..'],
    [2, '/teams/All%20teams/jobs', ''],
  ])('opens team %i as that team, never as all teams or another page', async (index, pathname, search) => {
    const { user, router } = renderSwitcher();
    await user.click(await screen.findByRole('button', { name: 'Team: All teams' }));
    const choices = await screen.findAllByRole('menuitemradio');
    expect(choices.map((choice) => choice.textContent)).toEqual(['All teams', ...TEAMS]);
    await user.click(choices[index + 1]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(pathname));
    expect(router.state.location.search).toBe(search);
  });
});
