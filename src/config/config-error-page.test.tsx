import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfigErrorPage } from './config-error-page';
import { parseRuntimeConfig } from './config-schema';

const URL_ = 'https://dash.example.com/console/config.json';

describe('ConfigErrorPage', () => {
  it('lists each wrong field with what was expected and what was found', () => {
    const parsed = parseRuntimeConfig({ auth: { authority: '/oidc', clientId: '' }, timeZone: 'EET' });
    if (parsed.ok) throw new Error('expected problems');
    render(<ConfigErrorPage configUrl={URL_} problem={{ kind: 'invalid', problems: parsed.problems }} />);

    expect(screen.getByRole('heading', { name: 'VDK Dashboard cannot start' })).toBeInTheDocument();
    expect(screen.getByText('The configuration file has 2 wrong fields')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Wrong fields in config.json' });
    const clientId = within(table).getByRole('rowheader', { name: 'auth.clientId' }).closest('tr');
    expect(clientId).toHaveTextContent(/client id/);
    const timeZone = within(table).getByRole('rowheader', { name: 'timeZone' }).closest('tr');
    expect(timeZone).toHaveTextContent('"local" or "UTC"');
    expect(timeZone).toHaveTextContent('"EET"');
    expect(screen.getByRole('link', { name: URL_ })).toHaveAttribute('href', URL_);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('explains a missing file served as index.html by the fallback', () => {
    render(<ConfigErrorPage configUrl={URL_} problem={{ kind: 'not-json', detail: 'x', looksLikeHtml: true }} />);
    expect(screen.getByText('The configuration file is missing')).toBeInTheDocument();
    expect(screen.getByText(/Deploy config.json next to index.html/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
