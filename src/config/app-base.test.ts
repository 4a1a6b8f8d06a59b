import { describe, expect, it } from 'vitest';
import { appRootFromAssetUrl, entryRestartUrl, routerBasename } from './app-base';

describe('appRootFromAssetUrl', () => {
  it('is one level above the assets folder', () => {
    expect(appRootFromAssetUrl('https://h/console/assets/index-1.js').href).toBe('https://h/console/');
    expect(appRootFromAssetUrl('https://h/assets/index-1.js').href).toBe('https://h/');
  });

  it('cuts off route segments when a deep link loaded assets relative to itself', () => {
    expect(appRootFromAssetUrl('https://h/console/teams/a/assets/index-1.js').href).toBe('https://h/console/');
    expect(appRootFromAssetUrl('https://h/a/b/teams/x/jobs/j/executions/assets/i.js').href).toBe('https://h/a/b/');
    expect(appRootFromAssetUrl('https://h/console/auth/assets/index-1.js').href).toBe('https://h/console/');
  });

  it('trusts the script URL as is when the page has a <base href>, even under a path such as /tools/jobs/', () => {
    expect(appRootFromAssetUrl('https://h/tools/jobs/assets/index-1.js', true).href).toBe('https://h/tools/jobs/');
    expect(appRootFromAssetUrl('https://h/tools/jobs/assets/index-1.js').href).toBe('https://h/tools/');
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

describe('entryRestartUrl', () => {
  function pageWithEntry(src: string): Document {
    const doc = document.implementation.createHTMLDocument('');
    const base = doc.createElement('base');
    base.href = 'https://h/console/teams/a/jobs';
    doc.head.append(base);
    const script = doc.createElement('script');
    script.type = 'module';
    script.setAttribute('src', src);
    doc.head.append(script);
    return doc;
  }

  it('starts normally when the entry runs from the URL the page asked for', () => {
    expect(entryRestartUrl('https://h/console/assets/index-1.js', pageWithEntry('/console/assets/index-1.js'))).toBe(
      undefined,
    );
  });

  it('restarts once from the real URL when the server redirected the entry', () => {
    const doc = pageWithEntry('./assets/index-1.js'); // resolves to …/teams/a/assets/index-1.js
    const real = 'https://h/console/assets/index-1.js';
    expect(entryRestartUrl(real, doc)).toBe(real);
    expect(entryRestartUrl(real, doc)).toBeUndefined(); // the restarted copy runs the app
  });
});
