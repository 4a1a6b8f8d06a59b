import { afterEach, describe, expect, it } from 'vitest';
import nginxTemplate from '../../deploy/nginx.conf?raw';
import indexHtml from '../../index.html?raw';
import { appRootFromAssetUrl } from './app-base';

// The inline script at the top of index.html that gives the page its <base> on a plain static host.
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const bootstrap = inlineScripts[0]!;

type Listener = (event: Event) => void;
let onError: Listener | undefined;

/** Runs the bootstrap at `path`; its window error listener is kept here instead, so no test leaks one. */
function openAt(path: string) {
  window.history.replaceState(null, '', path);
  const addEventListener = (type: string, listener: Listener, capture: boolean) => {
    expect([type, capture]).toEqual(['error', true]);
    onError = listener;
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test runs index.html's inline script itself.
  const run = new Function('addEventListener', bootstrap) as (add: typeof addEventListener) => void;
  run(addEventListener);
  return document.querySelector('base')?.getAttribute('href');
}

afterEach(() => {
  // Only what the bootstrap and these tests put in: the app project's files share one window, whose head holds the
  // styles other files' components inserted.
  for (const added of document.head.querySelectorAll('base, script')) added.remove();
  onError = undefined;
});

describe('the root bootstrap in index.html', () => {
  it('is the only inline script', () => {
    expect(inlineScripts).toHaveLength(1);
  });

  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/console/', '/console/'],
    ['/console/jobs', '/console/'],
    ['/console/teams/analytics/jobs', '/console/'],
    ['/a/b/vdk/teams/analytics/jobs/daily-load/executions/exec-1', '/a/b/vdk/'],
    ['/a/b/vdk/auth/callback', '/a/b/vdk/'],
    ['/teams/analytics/jobs/daily-load/deployment', '/'],
  ])('at %s the page gets <base href="%s">', (path, root) => {
    expect(openAt(path)).toBe(root);
  });

  it('agrees with the root the app derives from its script URL', () => {
    const path = '/a/b/vdk/teams/analytics/jobs/daily-load';
    const root = openAt(path)!;
    const fromAsset = appRootFromAssetUrl(new URL(`${path}/assets/index-1.js`, window.location.origin).href);
    expect(fromAsset.pathname).toBe(root);
  });

  it('leaves a <base> that a server put in alone', () => {
    const serverBase = document.createElement('base');
    serverBase.href = '/tools/jobs/';
    document.head.append(serverBase);
    openAt('/tools/jobs/teams/analytics/jobs');
    expect([...document.querySelectorAll('base')].map((base) => base.getAttribute('href'))).toEqual(['/tools/jobs/']);
  });

  it('retries the entry one folder up when it fails to load, down to the root', () => {
    expect(openAt('/console/no/such/page')).toBe('/console/no/such/');
    const entry = document.createElement('script');
    entry.type = 'module';
    entry.setAttribute('src', './assets/index-1.js');
    document.head.append(entry);
    const fail = (script: Element) => onError!({ target: script } as unknown as Event);

    const tried: (string | null)[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const scripts = document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]');
      fail(scripts[scripts.length - 1]!);
      tried.push(document.querySelector('base')!.getAttribute('href'));
    }
    expect(tried).toEqual(['/console/no/', '/console/', '/', '/', '/']);
    const retries = [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].slice(1);
    expect(retries.map((script) => script.getAttribute('src'))).toEqual(Array(3).fill('./assets/index-1.js'));
  });

  it('is allowed by its hash in the CSP of deploy/nginx.conf (and so of the emulator)', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(bootstrap));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    const policy = /set \$vdk_csp "([^"]+)"/.exec(nginxTemplate)?.[1];
    expect(policy, `add 'sha256-${hash}' to script-src`).toContain(`script-src 'self' 'sha256-${hash}';`);
  });
});
