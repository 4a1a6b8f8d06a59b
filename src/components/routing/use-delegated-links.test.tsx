import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDelegatedLinks } from './use-delegated-links';

function Runs({ onFollow }: { onFollow: () => void }) {
  const links = useDelegatedLinks(onFollow);
  return (
    // The links take the keys (Enter clicks a link); the list only hears their clicks bubble up.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul onClick={links.onClick}>
      <li>
        <a {...links.linkProps('/runs/1')}>Run 1</a>
      </li>
      <li>
        <a href="https://vdk.example/docs">Docs</a>
      </li>
    </ul>
  );
}

/** What the browser would do next: jsdom cannot navigate, so each click's default is recorded, then stopped. */
let followedByBrowser: boolean[] = [];
const record = (event: MouseEvent) => {
  followedByBrowser.push(!event.defaultPrevented);
  event.preventDefault();
};
beforeEach(() => {
  followedByBrowser = [];
  window.addEventListener('click', record);
});
afterEach(() => window.removeEventListener('click', record));

function renderAt(basename: string) {
  const onFollow = vi.fn();
  const router = createMemoryRouter(
    [
      { path: '/', element: <Runs onFollow={onFollow} /> },
      { path: '/runs/:id', element: <p>Run page</p> },
    ],
    { basename, initialEntries: [basename] },
  );
  render(<RouterProvider router={router} />);
  return { router, onFollow };
}

describe('delegated links', () => {
  it('are real links under the basename, followed inside the app on a plain click', async () => {
    const { router, onFollow } = renderAt('/console');
    const link = screen.getByRole('link', { name: 'Run 1' });
    expect(link).toHaveAttribute('href', '/console/runs/1');
    fireEvent.click(link);
    expect(await screen.findByText('Run page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/console/runs/1');
    expect(onFollow).toHaveBeenCalledOnce();
    expect(followedByBrowser).toEqual([false]);
  });

  it('leave a click with a modifier key to the browser (a new tab or window)', () => {
    const { router, onFollow } = renderAt('/');
    const link = screen.getByRole('link', { name: 'Run 1' });
    expect(link).toHaveAttribute('href', '/runs/1');
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { metaKey: true });
    expect(router.state.location.pathname).toBe('/');
    expect(onFollow).not.toHaveBeenCalled();
    expect(followedByBrowser).toEqual([true, true]);
  });

  it('leave a link out of the app to the browser', () => {
    const { router, onFollow } = renderAt('/console');
    fireEvent.click(screen.getByRole('link', { name: 'Docs' }));
    expect(router.state.location.pathname).toBe('/console');
    expect(onFollow).not.toHaveBeenCalled();
    expect(followedByBrowser).toEqual([true]);
  });
});
