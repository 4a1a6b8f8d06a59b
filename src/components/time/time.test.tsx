import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, testConfig } from '@/testing/render-with-providers';
import { Duration } from './duration';
import { RelativeTime } from './relative-time';
import { Time } from './time';

const INSTANT = '2026-11-27T16:30:05Z';

beforeEach(() => localStorage.clear());

describe('<Time>', () => {
  it('shows local time with UTC as its description', () => {
    renderWithProviders(<Time value={INSTANT} />, { localTimeZone: 'Europe/Sofia' });
    const time = screen.getByText('2026-11-27 18:30:05 GMT+2');
    expect(time).toHaveAttribute('datetime', '2026-11-27T16:30:05.000Z');
    expect(time.closest('[aria-describedby]')).toHaveAccessibleDescription('2026-11-27 16:30:05 UTC');
  });

  it('shows UTC when the config or the user picks it, with local as its description', () => {
    renderWithProviders(<Time value={INSTANT} />, {
      localTimeZone: 'Europe/Sofia',
      config: testConfig({ timeZone: 'UTC' }),
    });
    expect(screen.getByText('2026-11-27 16:30:05 UTC').closest('[aria-describedby]')).toHaveAccessibleDescription(
      '2026-11-27 18:30:05 GMT+2',
    );
  });

  it('shows a dash for a missing time', () => {
    renderWithProviders(<Time value={null} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});

describe('<RelativeTime> and <Duration>', () => {
  it('says how long ago, with the exact time as description', () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    renderWithProviders(<RelativeTime value={tenMinutesAgo} />, { config: testConfig({ timeZone: 'UTC' }) });
    const text = screen.getByText('10 min ago');
    expect(text.closest('[aria-describedby]')).toHaveAccessibleDescription(/UTC$/);
  });

  it('formats durations and exposes them as ISO 8601', () => {
    renderWithProviders(<Duration seconds={192} />);
    expect(screen.getByText('3m 12s')).toHaveAttribute('datetime', 'PT192S');
  });

  it('counts a running execution up to now', () => {
    renderWithProviders(<Duration start={new Date(Date.now() - 65_000)} />);
    expect(screen.getByText('1m 5s')).toBeInTheDocument();
  });
});
