import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './config-schema';

const problemsOf = (raw: unknown) => {
  const result = parseRuntimeConfig(raw);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.problems;
};

describe('parseRuntimeConfig', () => {
  it('accepts the shipped shape and fills defaults', () => {
    const result = parseRuntimeConfig({
      auth: { authority: '/oidc', clientId: 'vdk-dashboard' },
      teams: ['data-platform'],
      defaultTeam: 'data-platform',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        apiBaseUrl: '',
        auth: { authority: '/oidc', clientId: 'vdk-dashboard', teamsClaim: 'groups', scopes: 'openid profile' },
        embed: { enabled: false, allowedParentOrigins: [] },
        logsUrlTarget: '_blank',
        timeZone: 'local',
        pollIntervalMs: 2000,
      },
    });
  });

  it('accepts auth null for a Control Service without security', () => {
    expect(parseRuntimeConfig({ auth: null }).ok).toBe(true);
  });

  it('requires auth to be stated, so turning login off is deliberate', () => {
    expect(problemsOf({ teams: [] })).toEqual([
      { path: 'auth', expected: expect.stringContaining('null') as string, got: 'nothing (the key is missing)' },
    ]);
  });

  it('names each wrong field with what was expected and what was found', () => {
    const problems = problemsOf({
      auth: { authority: '/oidc', clientId: 42 },
      teams: 'data-platform',
      logsUrlTarget: 'popup',
      pollIntervalMs: 10,
      embed: { allowedParentOrigins: ['https://portal.example.com/app'] },
    });
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem]));
    expect(Object.keys(byPath).sort()).toEqual([
      'auth.clientId',
      'embed.allowedParentOrigins[0]',
      'logsUrlTarget',
      'pollIntervalMs',
      'teams',
    ]);
    expect(byPath['auth.clientId']).toMatchObject({
      got: '42',
      expected: expect.stringContaining('client id') as string,
    });
    expect(byPath.teams?.got).toBe('"data-platform"');
    expect(byPath.logsUrlTarget?.expected).toContain('"_blank"');
    expect(byPath['embed.allowedParentOrigins[0]']?.expected).toContain('no path');
  });

  it('flags unknown keys and suggests the right spelling', () => {
    expect(problemsOf({ auth: null, apiBaseURL: '/cs' })).toEqual([
      { path: 'apiBaseURL', expected: expect.stringContaining('did you mean "apiBaseUrl"') as string, got: '"/cs"' },
    ]);
  });

  it('rejects a defaultTeam that is not among the teams', () => {
    expect(problemsOf({ auth: null, teams: ['a', 'b'], defaultTeam: 'c' })).toEqual([
      { path: 'defaultTeam', expected: 'one of "teams" (a, b)', got: '"c"' },
    ]);
  });

  it('rejects an API base that is neither a path nor an http(s) URL', () => {
    expect(problemsOf({ auth: null, apiBaseUrl: 'ftp://host' })[0]?.path).toBe('apiBaseUrl');
    expect(parseRuntimeConfig({ auth: null, apiBaseUrl: 'https://cs.example.com' }).ok).toBe(true);
    expect(parseRuntimeConfig({ auth: null, apiBaseUrl: '/control-service' }).ok).toBe(true);
  });

  it('reports a file that is not an object as a whole', () => {
    expect(problemsOf([])).toEqual([{ path: '(the whole file)', expected: expect.any(String) as string, got: '[]' }]);
  });
});
