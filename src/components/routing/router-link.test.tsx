import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RouterLink } from './router-link';

function renderAt(path: string, links: React.ReactNode) {
  const router = createMemoryRouter([{ path: '*', element: <nav>{links}</nav> }], {
    basename: '/console',
    initialEntries: [`/console${path}`],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('RouterLink', () => {
  it('is a real link under the app’s base path, and a plain click navigates in place with its state', async () => {
    const router = renderAt(
      '/teams/a/jobs',
      <RouterLink to="/teams/a/jobs/ingest" state={{ from: 'list' }}>
        ingest
      </RouterLink>,
    );
    const link = screen.getByRole('link', { name: 'ingest' });
    expect(link).toHaveAttribute('href', '/console/teams/a/jobs/ingest');

    await userEvent.click(link);
    expect(router.state.location.pathname).toBe('/console/teams/a/jobs/ingest');
    expect(router.state.location.state).toEqual({ from: 'list' });
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('leaves a modified click to the browser (new tab), and lets its own handler cancel the navigation', async () => {
    const router = renderAt(
      '/teams/a/jobs',
      <>
        <RouterLink to="/teams/b">b</RouterLink>
        <RouterLink to="/teams/c" onClick={(event) => event.preventDefault()}>
          c
        </RouterLink>
      </>,
    );
    // What the browser would do next: jsdom cannot open a tab, so the click's default is recorded, then stopped.
    const followedByBrowser: boolean[] = [];
    const record = (event: MouseEvent) => {
      followedByBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'b' }));
    await user.keyboard('{/Control}');
    await user.click(screen.getByRole('link', { name: 'c' }));
    window.removeEventListener('click', record);
    expect(followedByBrowser).toEqual([true, false]);
    expect(router.state.location.pathname).toBe('/console/teams/a/jobs');
  });

  it('marks itself the current page exactly, or for the pages below it, as asked', () => {
    renderAt(
      '/teams/a/jobs/ingest/executions/42',
      <>
        <RouterLink to="/teams/a/jobs/ingest" current="exact">
          overview
        </RouterLink>
        <RouterLink to="/teams/a/jobs/ingest/executions" current="within">
          executions
        </RouterLink>
        <RouterLink to="/teams/a/jobs/ingest/execution" current="within">
          prefix only
        </RouterLink>
        <RouterLink to="/teams/a/jobs/ingest/executions/42">no marking asked</RouterLink>
      </>,
    );
    expect(screen.getByRole('link', { name: 'overview' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'executions' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'prefix only' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'no marking asked' })).not.toHaveAttribute('aria-current');
  });
});
