import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
// The corpus of the e2e hostile-content suite, so the component and the pages are tried with the same values.
import { HOSTILE_LINKS, HOSTILE_PAYLOADS } from '@/testing/hostile-payloads';
import { renderWithProviders, testConfig } from '@/testing/render-with-providers';
import { LogsUrlLink } from './logs-url-link';

const isHttp = (url: string) => /^https?:\/\//i.test(url);

describe('LogsUrlLink', () => {
  it.each([...HOSTILE_LINKS, ...HOSTILE_PAYLOADS].filter((url) => !isHttp(url)).map((url) => [url]))(
    'renders no link for %j',
    (url) => {
      const { container } = renderWithProviders(<LogsUrlLink url={url}>Open the persisted logs</LogsUrlLink>);
      expect(screen.queryByRole('link')).toBeNull();
      expect(container.querySelector('a, [href]')).toBeNull();
    },
  );

  it('links an https URL with markup in it as the URL, in a new tab without an opener by default', () => {
    const url = HOSTILE_LINKS.find(isHttp)!;
    renderWithProviders(<LogsUrlLink url={url}>Open the persisted logs</LogsUrlLink>);
    const link = screen.getByRole('link', { name: 'Open the persisted logs' });
    expect(link).toHaveAttribute('href', new URL(url).href);
    expect(link.getAttribute('href')).not.toContain('<');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('opens in the same tab when the config says so', () => {
    renderWithProviders(<LogsUrlLink url="http://logs.example.com/x">Open</LogsUrlLink>, {
      config: testConfig({ logsUrlTarget: '_self' }),
    });
    const link = screen.getByRole('link', { name: 'Open' });
    expect(link).toHaveAttribute('target', '_self');
    expect(link).not.toHaveAttribute('rel');
  });
});
