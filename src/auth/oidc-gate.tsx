import type { User, UserManager } from 'oidc-client-ts';
import { type ReactNode, use, useEffect, useMemo, useState } from 'react';
import { AuthContext, type AuthContextValue, type AuthSession, type AuthUser } from './auth-context';
import { AuthMessage, AuthProgress } from './auth-screens';
import { authPageUrl, type AuthSettings, SIGNED_OUT_PATH } from './auth-settings';
import { userFromClaims } from './claims';
import { FramedSignIn, type PopupOutcome } from './framed-sign-in';
import { createSessionKeeper, type SessionKeeper } from './session-keeper';
import {
  describeFailure,
  forgetDraftsOfAnotherUser,
  isFramed,
  redirectToSignIn,
  startSession,
  type StartResult,
} from './start-session';
import { clearAllDrafts } from '@/lib/drafts';
import { createUserManager } from './user-manager';

type Status = StartResult | { kind: 'signing-out' };

interface Login {
  manager: UserManager;
  keeper: SessionKeeper;
  started: Promise<StartResult>;
  /** Told when a framed dashboard needs the user to sign in again (no redirect possible there). */
  signInNeeded: Set<() => void>;
}

// One login per page: it must survive React's development double-mount, which would otherwise
// run the one-time sign-in callback twice. The config does not change while the page lives.
let login: Login | undefined;

function getLogin(auth: AuthSettings, appBaseUrl: string): Login {
  if (!login) {
    const manager = createUserManager(auth, appBaseUrl);
    const signInNeeded = new Set<() => void>();
    const askInFrame = async () => signInNeeded.forEach((notify) => notify());
    const keeper = createSessionKeeper({
      manager,
      currentUrl: () => window.location.href,
      signIn: isFramed() ? askInFrame : undefined,
    });
    login = { manager, keeper, started: startSession(manager, appBaseUrl), signInNeeded };
  }
  return login;
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
  const { manager, keeper, started, signInNeeded } = getLogin(auth, appBaseUrl);
  const [status, setStatus] = useState<Status>(use(started));
  const signedIn = status.kind === 'signed-in' ? status.user : undefined;

  useEffect(() => {
    const onLoaded = (user: User) => setStatus({ kind: 'signed-in', user });
    manager.events.addUserLoaded(onLoaded);
    const askToSignIn = () => setStatus({ kind: 'needs-sign-in' });
    signInNeeded.add(askToSignIn);
    // Back after sign-out may restore this page from the browser's memory: show it only if still signed in.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void manager.getUser().then((user) => user || window.location.reload());
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      manager.events.removeUserLoaded(onLoaded);
      signInNeeded.delete(askToSignIn);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [manager, signInNeeded]);

  useEffect(() => {
    if (signedIn) keeper.schedule(signedIn);
  }, [keeper, signedIn]);

  const user = useStable<AuthUser | null>(
    signedIn ? userFromClaims(signedIn.profile, signedIn.access_token, auth.teamsClaim) : null,
  );

  const context = useMemo<AuthContextValue>(() => {
    const signOut = () => {
      setStatus({ kind: 'signing-out' });
      keeper.dispose();
      clearAllDrafts();
      manager.signoutRedirect().catch(async () => {
        // A provider without end-session: at least forget the user in this tab.
        await manager.removeUser();
        window.location.assign(authPageUrl(appBaseUrl, SIGNED_OUT_PATH));
      });
    };
    return { enabled: true, user, signOut };
  }, [user, keeper, manager, appBaseUrl]);

  const session = useMemo<AuthSession>(
    () => ({
      getAccessToken: keeper.getAccessToken,
      onUnauthorized: keeper.onUnauthorized,
      claimTeams: user?.teams ?? [],
    }),
    [keeper, user],
  );

  const signInAgain = () => {
    setStatus({ kind: 'redirecting' });
    redirectToSignIn(manager, appBaseUrl).catch((error: unknown) =>
      setStatus({ kind: 'failed', message: describeFailure(error, auth.authority) }),
    );
  };

  const signInWithPopup = async (): Promise<PopupOutcome> => {
    try {
      // Read before the popup replaces it; not awaited first, so the popup opens within the click.
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
