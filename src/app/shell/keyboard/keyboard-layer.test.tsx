import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-with-providers';

/** The jobs query answers by what it was asked: a search, or one job's exact name (an execution id's job). */
const searches: string[] = [];
const found = (name: string, team: string) => ({ jobName: name, config: { team, description: null }, deployments: [] });
const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs', ({ request }) => {
    const variables = JSON.parse(new URL(request.url).searchParams.get('variables') ?? '{}') as {
      search?: string;
      filter?: { property: string; pattern?: string }[] | object;
    };
    if (variables.search) searches.push(variables.search);
    // The executions query (a job page's recent runs, which its route's loader asks for) has an object filter.
    const predicates = Array.isArray(variables.filter) ? variables.filter : [];
    const byName = predicates.find((predicate) => predicate.property === 'jobName')?.pattern;
    const content = variables.search?.includes('sales')
      ? [found('ingest-sales', 'finance')]
      : byName === 'load-orders'
        ? [found('load-orders', 'analytics')]
        : [];
    return HttpResponse.json({ data: { content, totalItems: content.length, totalPages: 1 } });
  }),
  // The page a shortcut opens asks for its job; these tests only follow the navigation.
  http.get(/\/data-jobs\/for-team\/[^/]+\/jobs\/[^/]+/, () => new HttpResponse(null, { status: 404 })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  searches.length = 0;
});
afterAll(() => server.close());

const LOAD = { timeout: 10_000 };

describe('keyboard shortcuts', { timeout: 30_000 }, () => {
  it('finds a job of any team through the service’s search with Ctrl+K, and opens it with Enter', async () => {
    const { user, router } = renderRoute('/teams/data-platform/jobs');
    await screen.findByRole('heading', { name: 'Jobs of data-platform' }, LOAD);
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Go to or do' }, LOAD);
    const box = within(palette).getByRole('combobox');
    expect(box).toHaveFocus();
    expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('Refresh');
    await user.keyboard('sales');
    expect(await within(palette).findByRole('option', { name: /ingest-sales/ }, LOAD)).toHaveTextContent('finance');
    expect(searches).toContain('sales');
    // The page's own actions come first (the list's Refresh, typed "re"…), then the jobs found.
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(within(palette).getByRole('option', { selected: true })).toHaveTextContent('ingest-sales'),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/finance/jobs/ingest-sales'), LOAD);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens an execution by its id, and switches team', async () => {
    const { user, router } = renderRoute('/teams/data-platform/jobs');
    await screen.findByRole('heading', { name: 'Jobs of data-platform' }, LOAD);
    await user.keyboard('{Meta>}k{/Meta}');
    let palette = await screen.findByRole('dialog', { name: 'Go to or do' }, LOAD);
    await user.keyboard('load-orders-1764633600');
    const execution = await within(palette).findByRole(
      'option',
      { name: /Open execution load-orders-1764633600/ },
      LOAD,
    );
    await waitFor(() => expect(execution).toHaveTextContent('load-orders · analytics'), LOAD);
    await user.click(execution);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/teams/analytics/jobs/load-orders/executions/load-orders-1764633600',
      ),
    );

    await user.keyboard('{Control>}k{/Control}');
    palette = await screen.findByRole('dialog', { name: 'Go to or do' }, LOAD);
    await user.keyboard('data-pl');
    await user.click(await within(palette).findByRole('option', { name: /Switch to team data-platform/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/teams/data-platform/jobs'), LOAD);
  });

  it('lists every shortcut with ?, and neither shortcut fires while typing in a field', async () => {
    const { user } = renderRoute('/teams/data-platform/jobs');
    const search = await screen.findByRole('searchbox', {}, LOAD).catch(() => screen.getAllByRole('textbox')[0]!);
    await user.click(search);
    await user.keyboard('?{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).toBeNull();

    search.blur();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LOAD);
    expect(within(help).getByRole('cell', { name: 'Ctrl+K / ⌘K' })).toBeVisible();
    expect(within(help).getByRole('cell', { name: '?' })).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
