import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/testing/render-with-providers';

/** The page's code arrives only when the test says so. */
const chunk = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release };
});

vi.mock('./pages/jobs-page', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

const requests: URL[] = [];
const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs', ({ request }) => {
    requests.push(new URL(request.url));
    return HttpResponse.json({ data: { content: [], totalItems: 0, totalPages: 0 } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('job list route', () => {
  it('asks for the jobs while the page is still downloading, and the page uses that answer', async () => {
    renderRoute('/teams/data-platform/jobs?search=sales');

    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(JSON.parse(requests[0]!.searchParams.get('variables') ?? '{}')).toMatchObject({
      pageNumber: 1,
      search: 'sales',
    });
    expect(screen.queryByRole('heading', { name: 'Jobs of data-platform' })).not.toBeInTheDocument();

    chunk.release();
    expect(await screen.findByRole('heading', { name: 'Jobs of data-platform' }, { timeout: 10_000 })).toBeVisible();
    // The empty states are a chunk of their own, loaded when the list has nothing to show.
    expect(await screen.findByText('No jobs match', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });
});
