import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Time } from '@/components/time/time';
import { preferences } from '@/lib/preferences';
import { renderWithProviders, testConfig, type RenderOptions } from '@/testing/render-with-providers';
import { AppShell } from './app-shell';

const INSTANT = '2026-11-27T16:30:05Z';

function renderShell(url = '/teams/data-platform/jobs', options: RenderOptions = {}) {
  return renderWithProviders(<></>, {
    ...options,
    url,
    localTimeZone: 'Europe/Sofia',
    routes: [
      {
        Component: AppShell,
        children: [
          { path: '/teams/:team/jobs', element: <Time value={INSTANT} /> },
          { path: '/jobs', element: <p>All jobs</p> },
          { path: '/teams', element: <p>Every team’s home</p> },
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
    // The static base styles (body colours, color-scheme) follow the mode.
    expect(document.documentElement).toHaveAttribute('data-color-mode', 'dark');
  });

  it('switches team, and offers all teams', async () => {
    const { user, router } = renderShell();
    await user.click(await screen.findByRole('button', { name: 'Team: data-platform' }));
    const options = (await screen.findAllByRole('menuitemradio')).map((item) => item.textContent);
    expect(options).toEqual(['All teams', 'data-platform', 'analytics']);

    await user.click(await screen.findByRole('menuitemradio', { name: 'analytics' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/analytics/jobs'));

    await user.click(await screen.findByRole('button', { name: 'Team: analytics' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'All teams' }));
    expect(await screen.findByText('Every team’s home')).toBeInTheDocument();
  });

  it('lists a team from the URL even when the config does not', async () => {
    const { user } = renderShell('/teams/adhoc/jobs');
    await user.click(await screen.findByRole('button', { name: 'Team: adhoc' }));
    expect(await screen.findByRole('menuitemradio', { name: 'adhoc' })).toHaveAttribute('aria-checked', 'true');
  });
});

describe('portal bridge', () => {
  const PORTAL = 'https://portal.example.com';
  let parent: { postMessage: ReturnType<typeof vi.fn> };
  afterEach(() => vi.unstubAllGlobals());

  /** Renders the shell as if inside a portal's frame, the portal says hello, and we see what the dashboard does. */
  async function framedShell(options: RenderOptions) {
    parent = { postMessage: vi.fn() };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderShell('/teams/data-platform/jobs', options);
    expect(await screen.findByText('2026-11-27 18:30:05 GMT+2')).toBeInTheDocument();
    const hello = () =>
      act(async () => {
        window.dispatchEvent(
          new MessageEvent('message', {
            data: { type: 'vdk-host:hello', version: 1 },
            origin: PORTAL,
            source: parent as unknown as Window,
          }),
        );
      });
    return { warn, hello };
  }

  it('answers a portal it is configured for, once the bridge has loaded', async () => {
    const { hello } = await framedShell({
      config: testConfig({ embed: { enabled: false, allowedParentOrigins: [PORTAL] } }),
    });
    await waitFor(async () => {
      await hello();
      expect(parent.postMessage).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'vdk-dashboard:ready', path: '/teams/data-platform/jobs' }),
        PORTAL,
      );
    });
  });

  it('loads the bridge when chromeless even without allowed portals, to tell the operator why nothing is sent', async () => {
    const { warn } = await framedShell({ embed: { chromeless: true, fixedTeam: undefined } });
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('allowedParentOrigins')));
  });

  it('does not load the bridge in a frame that embedding is not configured for', async () => {
    const { warn, hello } = await framedShell({});
    await hello();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warn).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});
