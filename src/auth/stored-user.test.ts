import { User } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthSettings } from './auth-settings';
import { userStoreKey } from './storage-keys';
import { readStoredUser } from './stored-user';
import { createUserManager } from './user-manager';

const AUTH: AuthSettings = {
  authority: 'https://idp.example/realms/vdk',
  clientId: 'vdk-dashboard',
  scopes: 'openid profile',
  teamsClaim: 'groups',
};
const NOW = Date.UTC(2026, 11, 2, 12);
const at = (offsetSeconds: number) => Math.floor(NOW / 1000) + offsetSeconds;
const read = (auth: AuthSettings = AUTH) => readStoredUser(auth, { now: () => NOW });

function store(value: unknown) {
  sessionStorage.setItem(userStoreKey(AUTH), typeof value === 'string' ? value : JSON.stringify(value));
}

afterEach(() => sessionStorage.clear());

describe('the stored user, read without oidc-client-ts', () => {
  it('is the user oidc-client-ts stored after sign-in, with its access token and claims', async () => {
    const user = new User({
      access_token: 'token-1',
      token_type: 'Bearer',
      profile: { sub: 'alice', iss: AUTH.authority, aud: AUTH.clientId, exp: at(300), iat: at(0), groups: ['ops'] },
      expires_at: at(300),
    });
    await createUserManager(AUTH, 'https://host/console/').storeUser(user);
    expect(read()).toEqual({ access_token: 'token-1', profile: user.profile, expires_at: at(300) });
  });

  it('is none once its access token has expired, to the second', () => {
    store({ access_token: 't', profile: {}, expires_at: at(0) });
    expect(read()).toBeNull();
    store({ access_token: 't', profile: {}, expires_at: at(1) });
    expect(read()).not.toBeNull();
  });

  it('is none when the stored value is not JSON or lacks what the app needs', () => {
    for (const value of [
      '{"access_token":',
      'null',
      { profile: {}, expires_at: at(60) },
      { access_token: '', profile: {}, expires_at: at(60) },
      { access_token: 't', expires_at: at(60) },
      { access_token: 't', profile: {} },
      { access_token: 't', profile: {}, expires_at: String(at(60)) },
    ]) {
      store(value);
      expect(read(), JSON.stringify(value)).toBeNull();
    }
  });

  it("is none for another provider's or client's user", () => {
    store({ access_token: 't', profile: {}, expires_at: at(60) });
    expect(read({ ...AUTH, authority: 'https://other.example/realms/vdk' })).toBeNull();
    expect(read({ ...AUTH, clientId: 'another-app' })).toBeNull();
  });

  it('is none where the browser denies storage to the page', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(readStoredUser(AUTH, { storage: denied, now: () => NOW })).toBeNull();
  });
});
