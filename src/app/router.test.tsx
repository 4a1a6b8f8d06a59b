import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { preferences } from '@/lib/preferences';
import { renderRoute, testConfig } from '@/testing/render-with-providers';
import { RouteErrorPage } from './errors/route-error-page';

// Waits that involve a lazy page: its first import can take seconds on a busy machine.
const LAZY_PAGE = { timeout: 10_000 };

beforeEach(() => localStorage.clear());

describe('routes', () => {
  it('shows a 404 page with a way back for an unknown URL', async () => {
    const { user, router } = renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(document.title).toBe('Page not found · VDK Dashboard');

    await user.click(screen.getByRole('link', { name: 'Go to your home page' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/data-platform'), LAZY_PAGE);
  });

  it('opens the default team’s home at / the first time', async () => {
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/data-platform'), LAZY_PAGE);
  });

  it('opens the home of the team used last at /', async () => {
    preferences.lastTeam.set('analytics');
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/analytics'), LAZY_PAGE);
  });

  it('remembers the team of the page the user visits', async () => {
    renderRoute('/teams/finance/jobs');
    await waitFor(() => expect(preferences.lastTeam.get()).toBe('finance'), LAZY_PAGE);
  });

  it('opens every team’s home at / when no team is configured', async () => {
    const { router } = renderRoute('/', { config: testConfig({ teams: [], defaultTeam: undefined }) });
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams'), LAZY_PAGE);
  });

  it('has the app bar, a skip link and a main landmark', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('link', { name: 'VDK Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('hides the app bar when chromeless', async () => {
    renderRoute('/no/such/page', { embed: { chromeless: true, fixedTeam: undefined } });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'VDK Dashboard' })).not.toBeInTheDocument();
  });
});

describe('route error boundary', () => {
  it('explains the failure and renders the page again on Retry', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let isServiceDown = true;
    function FlakyPage() {
      if (isServiceDown) throw new ApiError({ kind: 'http', status: 503, opId: 'op-123' });
      return <h1>Recovered</h1>;
    }
    const { user } = renderRoute('/flaky', {
      routes: [{ path: '*', Component: FlakyPage, ErrorBoundary: RouteErrorPage }],
    });

    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(
      screen.getByText('The Control Service or one of its dependencies is unavailable right now.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByText('HTTP 503 · Op id op-123')).toBeInTheDocument();
    // React and React Router report a render error on the console in development.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('React Router caught'), expect.any(ApiError));

    isServiceDown = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Recovered' })).toBeInTheDocument();
  });

  it('says when a page’s code could not be downloaded (e.g. after a new deployment)', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderRoute('/broken', {
      routes: [
        {
          path: '*',
          lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
          ErrorBoundary: RouteErrorPage,
        },
      ],
    });
    expect(await screen.findByText('Could not load this page')).toBeInTheDocument();
    expect(screen.getByText(/A new version may have been deployed/, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // The route has nothing to show while its code loads: React Router says so in development.
    expect(warned).toHaveBeenCalledWith(expect.stringContaining('HydrateFallback'));
  });
});
