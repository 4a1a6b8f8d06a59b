import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedBridge } from './embed-bridge';

const PORTAL = 'https://portal.example.com';

function Where() {
  const { pathname, search } = useLocation();
  return <p>at {`${pathname}${search}`}</p>;
}

let parent: { postMessage: ReturnType<typeof vi.fn> };
let resizeCallbacks: Array<() => void>;

beforeEach(() => {
  parent = { postMessage: vi.fn() };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
  resizeCallbacks = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    callback(0);
    return 1;
  });
});

afterEach(() => vi.unstubAllGlobals());

function renderBridge(onSetTheme = vi.fn()) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <EmbedBridge allowedOrigins={[PORTAL]} fixedTeam={undefined} onSetTheme={onSetTheme} />
            <Where />
          </>
        ),
      },
    ],
    { initialEntries: ['/teams/a/jobs'] },
  );
  render(<RouterProvider router={router} />);
  return { router, onSetTheme };
}

/** A message as the browser delivers it: from the parent window, at `origin`. */
const fromParent = (data: unknown, origin = PORTAL) =>
  act(async () => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: parent as unknown as Window }));
  });

const sent = () => parent.postMessage.mock.calls.map(([message, target]) => ({ message, target }));

describe('EmbedBridge', () => {
  it('says hello back with the route and height, then reports route changes, only to the portal', async () => {
    const { router } = renderBridge();
    // jsdom has no ancestorOrigins or referrer: the portal's first message reveals its origin.
    expect(parent.postMessage).not.toHaveBeenCalled();
    await fromParent({ type: 'vdk-host:hello', version: 1 });
    expect(sent()).toEqual([
      { message: { type: 'vdk-dashboard:ready', version: 1, path: '/teams/a/jobs', height: 0 }, target: PORTAL },
    ]);

    await act(() => router.navigate('/teams/a/jobs/ingest?tab=runs'));
    expect(sent().at(-1)).toEqual({
      message: { type: 'vdk-dashboard:route', version: 1, path: '/teams/a/jobs/ingest?tab=runs' },
      target: PORTAL,
    });
  });

  it('reports the content height when it changes', async () => {
    renderBridge();
    await fromParent({ type: 'vdk-host:hello', version: 1 });
    vi.spyOn(document.body, 'getBoundingClientRect').mockReturnValue({ height: 640.2 } as DOMRect);
    act(() => resizeCallbacks.forEach((callback) => callback()));
    expect(sent().at(-1)?.message).toEqual({ type: 'vdk-dashboard:resize', version: 1, height: 641 });
  });

  it('navigates and sets the theme when the portal asks', async () => {
    const { onSetTheme } = renderBridge();
    await fromParent({ type: 'vdk-host:navigate', version: 1, path: '/teams/b/jobs' });
    expect(await screen.findByText('at /teams/b/jobs')).toBeInTheDocument();
    await fromParent({ type: 'vdk-host:set-theme', version: 1, theme: 'dark' });
    expect(onSetTheme).toHaveBeenCalledWith('dark');
  });

  it('refuses a path that leaves the dashboard, telling the portal why', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderBridge();
    await fromParent({ type: 'vdk-host:navigate', version: 1, path: 'https://evil.example/' });
    expect(screen.getByText('at /teams/a/jobs')).toBeInTheDocument();
    expect(sent().at(-1)?.message).toMatchObject({
      type: 'vdk-dashboard:rejected',
      rejectedType: 'vdk-host:navigate',
      reason: expect.stringContaining('must start with a single "/"'),
    });
  });

  it('changes nothing for a parent at an origin that is not allowed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { onSetTheme } = renderBridge();
    await fromParent({ type: 'vdk-host:navigate', version: 1, path: '/teams/b/jobs' }, 'https://evil.example');
    await fromParent({ type: 'vdk-host:set-theme', version: 1, theme: 'dark' }, 'https://evil.example');
    expect(screen.getByText('at /teams/a/jobs')).toBeInTheDocument();
    expect(onSetTheme).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
