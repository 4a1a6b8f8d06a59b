import type { User } from 'oidc-client-ts';
import { type ReactNode, use, useEffect, useMemo, useState } from 'react';
import { AuthContext, type AuthContextValue, type AuthSession, type AuthUser } from './auth-context';
import { AuthMessage, AuthProgress } from './auth-screens';
import { authPageUrl, type AuthSettings, CALLBACK_PATH, isAuthPage, SIGNED_OUT_PATH } from './auth-settings';
import { userFromClaims } from './claims';
import { FramedSignIn, type PopupOutcome } from './framed-sign-in';
import type { Login } from './oidc-login';
import {
  describeFailure,
  forgetDraftsOfAnotherUser,
  redirectToSignIn,
  startSession,
  type StartResult,
} from './start-session';
import { readStoredUser, type StoredUser } from './stored-user';
import { afterFirstContent } from '@/lib/after-first-content';
import { clearAllDrafts } from '@/lib/drafts';

type Status =
  | Exclude<StartResult, { kind: 'signed-in' }>
  | { kind: 'signed-in'; user: User | StoredUser }
  | { kind: 'signing-out' };

// One login per page: it must survive React's development double-mount, which would otherwise run the one-time
// sign-in callback twice. The config does not change while the page lives.
let login: Promise<Login> | undefined;
let loaded: Login | undefined;
let started: Status | Promise<StartResult> | undefined;

/** oidc-client-ts and what is built on it; a failed download is tried again at the next call. */
function loadLogin(auth: AuthSettings, appBaseUrl: string): Promise<Login> {
  login ??= import('./oidc-login').then(
    ({ createLogin }) => (loaded = createLogin(auth, appBaseUrl)),
    (error: unknown) => {
      login = undefined;
      throw error;
    },
  );
  return login;
}

/**
 * What the page shows first. A returning user's unexpired stored token is used at once, and oidc-client-ts loads
 * after the first content; otherwise (first visit, expired token, a login page) the library starts the session.
 */
function start(auth: AuthSettings, appBaseUrl: string): Status | Promise<StartResult> {
  if (started) return started;
  const onLoginPage = [CALLBACK_PATH, SIGNED_OUT_PATH].some((page) => isAuthPage(appBaseUrl, page, window.location));
  const stored = onLoginPage ? null : readStoredUser(auth);
  started = stored
    ? { kind: 'signed-in', user: stored }
    : loadLogin(auth, appBaseUrl).then(({ manager }) => startSession(manager, appBaseUrl));
  return started;
}

/** The same object while its content is the same, so renewing a token does not re-render the app. */
function useStable<T>(value: T): T {
  const json = JSON.stringify(value);
  const [stable, setStable] = useState({ json, value });
  if (stable.json === json) return stable.value;
  setStable({ json, value });
  return value;
}

interface OidcGateProps {
  auth: AuthSettings;
  appBaseUrl: string;
  children: (session: AuthSession) => ReactNode;
}

export default function OidcGate({ auth, appBaseUrl, children }: OidcGateProps) {
  const first = start(auth, appBaseUrl);
  const [status, setStatus] = useState<Status>(first instanceof Promise ? use(first) : first);
  const [current, setCurrent] = useState(loaded);
  const signedIn = status.kind === 'signed-in' ? status.user : undefined;

  useEffect(() => {
    if (current) return;
    afterFirstContent(() => {
      void loadLogin(auth, appBaseUrl).then(setCurrent, (error: unknown) =>
        // Renewal and sign-out try again when they need it; the stored token serves until then.
        console.warn('Sign-in module failed to load', error),
      );
    });
  }, [current, auth, appBaseUrl]);

  useEffect(() => {
    if (!current) return;
    const { manager, signInNeeded } = current;
    const onLoaded = (user: User) => setStatus({ kind: 'signed-in', user });
    manager.events.addUserLoaded(onLoaded);
    const askToSignIn = () => setStatus({ kind: 'needs-sign-in' });
    signInNeeded.add(askToSignIn);
    return () => {
      manager.events.removeUserLoaded(onLoaded);
      signInNeeded.delete(askToSignIn);
    };
  }, [current]);

  useEffect(() => {
    // Back after sign-out may restore this page from the browser's memory: show it only if still signed in.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      const user = current ? current.manager.getUser() : Promise.resolve(readStoredUser(auth));
      void user.then((user) => user || window.location.reload());
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [current, auth]);

  useEffect(() => {
    if (current && signedIn) current.keeper.schedule(signedIn);
  }, [current, signedIn]);

  const user = useStable<AuthUser | null>(
    signedIn ? userFromClaims(signedIn.profile, signedIn.access_token, auth.teamsClaim) : null,
  );

  const context = useMemo<AuthContextValue>(() => {
    const signOut = () => {
      setStatus({ kind: 'signing-out' });
      clearAllDrafts();
      loadLogin(auth, appBaseUrl).then(
        ({ keeper, manager }) => {
          keeper.dispose();
          manager.signoutRedirect().catch(async () => {
            // A provider without end-session: at least forget the user in this tab.
            await manager.removeUser();
            window.location.assign(authPageUrl(appBaseUrl, SIGNED_OUT_PATH));
          });
        },
        (error: unknown) => setStatus({ kind: 'failed', message: describeFailure(error, auth.authority) }),
      );
    };
    return { enabled: true, user, signOut };
  }, [user, auth, appBaseUrl]);

  const session = useMemo<AuthSession>(
    () => ({
      // Until oidc-client-ts has loaded, the stored token; once it expires, the keeper renews it.
      getAccessToken: async () =>
        readStoredUser(auth)?.access_token ?? (await loadLogin(auth, appBaseUrl)).keeper.getAccessToken(),
      onUnauthorized: async () => (await loadLogin(auth, appBaseUrl)).keeper.onUnauthorized(),
      claimTeams: user?.teams ?? [],
    }),
    [auth, appBaseUrl, user],
  );

  const signInAgain = () => {
    setStatus({ kind: 'redirecting' });
    loadLogin(auth, appBaseUrl)
      .then(({ manager }) => redirectToSignIn(manager, appBaseUrl))
      .catch((error: unknown) => setStatus({ kind: 'failed', message: describeFailure(error, auth.authority) }));
  };

  const signInWithPopup = async (): Promise<PopupOutcome> => {
    try {
      // Loaded whenever this screen shows (the library asked for it), so the popup opens within the click.
      const { manager } = current ?? (await loadLogin(auth, appBaseUrl));
      // Read before the popup replaces it; not awaited first, for the same reason.
      const previous = manager.getUser().catch(() => null);
      // The frame's user arrives through the userLoaded event.
      const user = await manager.signinPopup({ state: { returnTo: window.location.href }, popupAbortOnClose: true });
      forgetDraftsOfAnotherUser(await previous, user);
      return 'signed-in';
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      // oidc-client-ts cannot navigate a popup that window.open() refused to create.
      if (/disposed window|blocked/i.test(message)) return 'blocked';
      if (/closed/i.test(message)) return 'closed';
      setStatus({ kind: 'failed', message: describeFailure(error, auth.authority) });
      return 'closed';
    }
  };

  switch (status.kind) {
    case 'signed-in':
      return <AuthContext value={context}>{children(session)}</AuthContext>;
    case 'redirecting':
      return <AuthProgress text="Signing you in…" />;
    case 'needs-sign-in':
      return <FramedSignIn signIn={signInWithPopup} appBaseUrl={appBaseUrl} />;
    case 'signing-out':
      return <AuthProgress text="Signing you out…" />;
    case 'signed-out':
      return (
        <AuthMessage
          title="You are signed out"
          message="Sign in again to continue working with your data jobs."
          action={{ label: 'Sign in', onClick: signInAgain }}
        />
      );
    case 'failed':
      return (
        <AuthMessage
          severity="error"
          title="Sign-in failed"
          message={status.message}
          action={{ label: 'Try again', onClick: signInAgain }}
        />
      );
  }
}
