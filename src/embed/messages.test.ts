import { describe, expect, it } from 'vitest';
import { parseDashboardPath, parseHostMessage } from './messages';

describe('parseHostMessage', () => {
  it('accepts each host message of version 1', () => {
    expect(parseHostMessage({ type: 'vdk-host:hello', version: 1 })).toEqual({
      kind: 'ok',
      message: { type: 'vdk-host:hello', version: 1 },
    });
    expect(parseHostMessage({ type: 'vdk-host:navigate', version: 1, path: '/jobs', replace: true })).toMatchObject({
      kind: 'ok',
      message: { path: '/jobs', replace: true },
    });
    expect(parseHostMessage({ type: 'vdk-host:set-theme', version: 1, theme: 'dark' })).toMatchObject({
      kind: 'ok',
      message: { theme: 'dark' },
    });
  });

  it('leaves messages of other libraries alone', () => {
    for (const data of ['hello', null, 42, { type: 'webpackOk' }, { source: 'react-devtools' }]) {
      expect(parseHostMessage(data)).toEqual({ kind: 'foreign' });
    }
  });

  it('says what is wrong with a malformed host message', () => {
    expect(parseHostMessage({ type: 'vdk-host:set-theme', version: 1, theme: 'pink' })).toEqual({
      kind: 'invalid',
      type: 'vdk-host:set-theme',
      reason: '"theme" must be one of "light", "dark", "system"',
    });
    expect(parseHostMessage({ type: 'vdk-host:navigate', version: 2, path: '/' })).toMatchObject({
      reason: '"version" must be 1',
    });
    expect(parseHostMessage({ type: 'vdk-host:reboot', version: 1 })).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('unknown message type (known: vdk-host:hello, vdk-host:navigate'),
    });
  });
});

describe('parseDashboardPath', () => {
  it('keeps paths inside the dashboard, with query and hash', () => {
    expect(parseDashboardPath('/teams/a/jobs?q=x#top')).toEqual({ ok: true, path: '/teams/a/jobs?q=x#top' });
    expect(parseDashboardPath('/teams/a/../b')).toEqual({ ok: true, path: '/teams/b' });
  });

  it('keeps a pinned dashboard on its team', () => {
    expect(parseDashboardPath('/teams/finance/jobs', 'finance')).toEqual({ ok: true, path: '/teams/finance/jobs' });
    expect(parseDashboardPath('/teams/analytics/jobs/x', 'finance')).toEqual({
      ok: false,
      reason: 'this dashboard is pinned to team "finance" (embed.fixedTeam), got "/teams/analytics/jobs/x"',
    });
  });

  it('refuses anything that could leave the dashboard', () => {
    for (const path of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'teams',
    ]) {
      expect(parseDashboardPath(path)).toMatchObject({ ok: false });
    }
  });
});
