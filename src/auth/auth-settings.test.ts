import { describe, expect, it } from 'vitest';
import { authPageUrl, CALLBACK_PATH, safeReturnTo } from './auth-settings';

describe('login pages under the app base', () => {
  it('puts the callback under the sub-path the app is served from', () => {
    expect(authPageUrl('https://host/console/', CALLBACK_PATH)).toBe('https://host/console/auth/callback');
    expect(authPageUrl('http://localhost:5173/', CALLBACK_PATH)).toBe('http://localhost:5173/auth/callback');
  });

  it('returns to the deep link the user opened', () => {
    const link = 'https://host/console/teams/analytics/jobs/ingest?tab=executions#top';
    expect(safeReturnTo(link, 'https://host/console/')).toBe(link);
  });

  it('never returns outside the app or onto a login page', () => {
    const base = 'https://host/console/';
    expect(safeReturnTo('https://evil.example/console/x', base)).toBe(base);
    expect(safeReturnTo('https://host/other-app/x', base)).toBe(base);
    expect(safeReturnTo('https://host/console/auth/callback?code=1', base)).toBe(base);
    expect(safeReturnTo('https://host/console/auth/signed-out', base)).toBe(base);
    expect(safeReturnTo(undefined, base)).toBe(base);
    expect(safeReturnTo('https://host/console', base)).toBe('https://host/console');
  });
});
