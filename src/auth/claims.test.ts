import { describe, expect, it } from 'vitest';
import { accessTokenClaims, teamsFromClaims, userFromClaims } from './claims';

const jwt = (payload: object) =>
  ['e30', btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'sig'].join('.');

describe('claims', () => {
  it('takes the teams from the configured claim of the ID token', () => {
    expect(teamsFromClaims({ groups: ['analytics', 'finance', 'analytics'] }, undefined, 'groups')).toEqual([
      'analytics',
      'finance',
    ]);
    expect(teamsFromClaims({ roles: 'finance' }, undefined, 'roles')).toEqual(['finance']);
  });

  it('falls back to a JWT access token when the ID token lacks the claim', () => {
    expect(teamsFromClaims({}, jwt({ groups: ['data-platform'] }), 'groups')).toEqual(['data-platform']);
  });

  it('copes with opaque access tokens and claims of the wrong type', () => {
    expect(accessTokenClaims('opaque-token')).toEqual({});
    expect(teamsFromClaims({ groups: 42 }, 'opaque', 'groups')).toEqual([]);
    expect(teamsFromClaims({ groups: ['ok', 7, ''] }, undefined, 'groups')).toEqual(['ok']);
  });

  it('decodes non-ASCII names in a JWT payload', () => {
    const payload = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ groups: ['équipe'] }))));
    expect(accessTokenClaims(`e30.${payload}.sig`)).toEqual({ groups: ['équipe'] });
  });

  it('names the user by name, then login name, then e-mail, then subject', () => {
    expect(
      userFromClaims({ sub: 's', name: 'Alice Example', preferred_username: 'alice' }, undefined, 'groups'),
    ).toEqual({
      name: 'Alice Example',
      username: 'alice',
      teams: [],
    });
    expect(userFromClaims({ sub: 's', username: 'bob' }, undefined, 'groups').name).toBe('bob');
    expect(userFromClaims({ sub: 's', email: 'c@example.com' }, undefined, 'groups').name).toBe('c@example.com');
    expect(userFromClaims({ sub: 'subject-1' }, undefined, 'groups').name).toBe('subject-1');
  });
});
