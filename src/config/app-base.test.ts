import { describe, expect, it } from 'vitest';
import { appRootFromAssetUrl, routerBasename } from './app-base';

describe('appRootFromAssetUrl', () => {
  it('is one level above the assets folder', () => {
    expect(appRootFromAssetUrl('https://h/console/assets/index-1.js').href).toBe('https://h/console/');
    expect(appRootFromAssetUrl('https://h/assets/index-1.js').href).toBe('https://h/');
  });

  it('cuts off route segments when a deep link loaded assets relative to itself', () => {
    expect(appRootFromAssetUrl('https://h/console/teams/a/assets/index-1.js').href).toBe('https://h/console/');
    expect(appRootFromAssetUrl('https://h/a/b/teams/x/jobs/j/executions/assets/i.js').href).toBe('https://h/a/b/');
  });
});

describe('routerBasename', () => {
  it('is the app root without trailing slash', () => {
    expect(routerBasename(new URL('https://h/console/'), undefined, '/console/teams/a/jobs')).toBe('/console');
    expect(routerBasename(new URL('https://h/'), undefined, '/teams/a/jobs')).toBe('/');
  });

  it('honours the basePath override', () => {
    expect(routerBasename(new URL('https://h/'), '/portal/vdk/', '/portal/vdk/jobs')).toBe('/portal/vdk');
  });

  it('falls back to / when the page is not under the base, so the router still renders', () => {
    expect(routerBasename(new URL('https://h/console/'), undefined, '/elsewhere')).toBe('/');
  });
});
