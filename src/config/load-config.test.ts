import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './load-config';

const BASE = new URL('https://dash.example.com/console/');

function serve(body: string, init: ResponseInit = { status: 200 }) {
  const fetchMock = vi.fn(async (_url: string) => new Response(body, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadConfig', () => {
  it('fetches config.json next to the app, not from the domain root', async () => {
    const fetchMock = serve(JSON.stringify({ auth: null }));
    await loadConfig(BASE, '/console/teams/a/jobs');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('https://dash.example.com/console/config.json');
  });

  it('resolves relative URLs and the router basename', async () => {
    serve(JSON.stringify({ apiBaseUrl: '', auth: { authority: '/oidc', clientId: 'vdk-dashboard' } }));
    const result = await loadConfig(BASE, '/console/teams/a/jobs');
    expect(result).toMatchObject({
      ok: true,
      config: {
        apiBaseUrl: 'https://dash.example.com',
        auth: { authority: 'https://dash.example.com/oidc' },
        appBaseUrl: 'https://dash.example.com/console/',
        basename: '/console',
      },
    });
  });

  it('explains a missing file', async () => {
    serve('', { status: 404, statusText: 'Not Found' });
    expect(await loadConfig(BASE, '/console/')).toMatchObject({
      ok: false,
      configUrl: 'https://dash.example.com/console/config.json',
      problem: { kind: 'http', status: 404 },
    });
  });

  it('recognises the SPA fallback answering with index.html', async () => {
    serve('<!doctype html><html></html>');
    expect(await loadConfig(BASE, '/console/')).toMatchObject({
      ok: false,
      problem: { kind: 'not-json', looksLikeHtml: true },
    });
  });

  it('reports a syntax error', async () => {
    serve('{"auth": null,}');
    expect(await loadConfig(BASE, '/console/')).toMatchObject({
      ok: false,
      problem: { kind: 'not-json', looksLikeHtml: false },
    });
  });

  it('reports an unreachable server', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadConfig(BASE, '/console/')).toMatchObject({
      ok: false,
      problem: { kind: 'unreachable', detail: 'Failed to fetch' },
    });
  });

  it('passes field problems through', async () => {
    serve(JSON.stringify({ auth: null, timeZone: 'EET' }));
    expect(await loadConfig(BASE, '/console/')).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', problems: [{ path: 'timeZone', got: '"EET"' }] },
    });
  });
});
