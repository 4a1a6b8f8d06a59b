import type { User } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionKeeper, renewalMarginSeconds, type SessionManager } from './session-keeper';

const NOW = 1_800_000_000_000;

function user(token: string, secondsLeft: number, refreshToken = 'rt'): User {
  const expires_at = NOW / 1000 + secondsLeft;
  return { access_token: token, refresh_token: refreshToken, expires_at, expired: secondsLeft <= 0 } as unknown as User;
}

function fakeManager(current: User | null, renewal: () => Promise<User>) {
  let stored = current;
  const manager = {
    getUser: vi.fn(async () => stored),
    signinSilent: vi.fn(async () => {
      stored = await renewal();
      return stored;
    }),
    signinRedirect: vi.fn(async () => {}),
  };
  return manager as typeof manager & SessionManager;
}

describe('session keeper', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renews a quarter of the lifetime before expiry, at most a minute early', () => {
    expect(renewalMarginSeconds(10)).toBe(2.5);
    expect(renewalMarginSeconds(3600)).toBe(60);
  });

  it('hands out the current token while it is valid, without renewing', async () => {
    const manager = fakeManager(user('a1', 300), async () => user('a2', 300));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    expect(await keeper.getAccessToken()).toBe('a1');
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });

  it('renews an expired token once, however many requests wait for it', async () => {
    const manager = fakeManager(user('old', -5), async () => user('new', 300));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    const tokens = await Promise.all([keeper.getAccessToken(), keeper.getAccessToken(), keeper.getAccessToken()]);
    expect(tokens).toEqual(['new', 'new', 'new']);
    expect(manager.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('renews a token about to expire before sending it, so it cannot expire on the way', async () => {
    const manager = fakeManager(user('almost', 3), async () => user('fresh', 300));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    expect(await keeper.getAccessToken()).toBe('fresh');
    expect(manager.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('renews on a timer before expiry, so requests never carry an expired token', async () => {
    const manager = fakeManager(user('a1', 10), async () => user('a2', 10));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    keeper.schedule(user('a1', 10));
    await vi.advanceTimersByTimeAsync(7_000);
    expect(manager.signinSilent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(manager.signinSilent).toHaveBeenCalledTimes(1);
    keeper.dispose();
  });

  it('after a 401 renews and asks for a retry', async () => {
    const manager = fakeManager(user('a1', 300), async () => user('a2', 300));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    expect(await keeper.onUnauthorized()).toBe(true);
    expect(await keeper.getAccessToken()).toBe('a2');
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });

  it('when renewal is refused, signs in again and comes back to the same page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const manager = fakeManager(user('a1', 300), async () => {
      throw new Error('invalid_grant');
    });
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/teams/a/jobs/b?tab=runs' });
    expect(await Promise.all([keeper.onUnauthorized(), keeper.onUnauthorized()])).toEqual([false, false]);
    expect(manager.signinRedirect).toHaveBeenCalledOnce();
    expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: 'http://app/teams/a/jobs/b?tab=runs' } });
  });

  it('inside a frame asks for a sign-in instead of redirecting', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const manager = fakeManager(user('a1', 300), async () => {
      throw new Error('invalid_grant');
    });
    const signIn = vi.fn(async () => {});
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x', signIn });
    expect(await keeper.onUnauthorized()).toBe(false);
    expect(signIn).toHaveBeenCalledWith('http://app/x');
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });

  it('stops renewing after dispose (sign-out)', async () => {
    const manager = fakeManager(user('a1', 10), async () => user('a2', 10));
    const keeper = createSessionKeeper({ manager, currentUrl: () => 'http://app/x' });
    keeper.schedule(user('a1', 10));
    keeper.dispose();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(manager.signinSilent).not.toHaveBeenCalled();
  });
});
