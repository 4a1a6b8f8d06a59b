import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Time } from '@/components/time/time';
import { preferences } from '@/lib/preferences';
import { renderWithProviders } from '@/testing/render-with-providers';
import { AppShell } from './app-shell';

const INSTANT = '2026-11-27T16:30:05Z';

function renderShell(url = '/teams/data-platform/jobs') {
  return renderWithProviders(<></>, {
    url,
    localTimeZone: 'Europe/Sofia',
    routes: [
      {
        Component: AppShell,
        children: [
          { path: '/teams/:team/jobs', element: <Time value={INSTANT} /> },
          { path: '/jobs', element: <p>All jobs</p> },
        ],
      },
    ],
  });
}

beforeEach(() => localStorage.clear());

describe('app bar', () => {
  it('switches every timestamp between local time and UTC, and remembers the choice', async () => {
    const { user } = renderShell();
    expect(await screen.findByText('2026-11-27 18:30:05 GMT+2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Time zone: local (Europe/Sofia)' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'UTC' }));

    expect(await screen.findByText('2026-11-27 16:30:05 UTC')).toBeInTheDocument();
    expect(preferences.timeZone.get()).toBe('UTC');
  });

  it('switches the theme and remembers it', async () => {
    const { user } = renderShell();
    await user.click(await screen.findByRole('button', { name: 'Theme: Same as system' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Dark' }));
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
    expect(preferences.theme.get()).toBe('dark');
  });

  it('switches team, and offers all teams', async () => {
    const { user, router } = renderShell();
    await user.click(await screen.findByRole('button', { name: 'Team: data-platform' }));
    const options = (await screen.findAllByRole('menuitemradio')).map((item) => item.textContent);
    expect(options).toEqual(['All teams', 'data-platform', 'analytics']);

    await user.click(await screen.findByRole('menuitemradio', { name: 'analytics' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/analytics/jobs'));

    await user.click(screen.getByRole('button', { name: 'Team: analytics' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'All teams' }));
    expect(await screen.findByText('All jobs')).toBeInTheDocument();
  });

  it('lists a team from the URL even when the config does not', async () => {
    const { user } = renderShell('/teams/adhoc/jobs');
    await user.click(await screen.findByRole('button', { name: 'Team: adhoc' }));
    expect(await screen.findByRole('menuitemradio', { name: 'adhoc' })).toHaveAttribute('aria-checked', 'true');
  });
});
