import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Text } from '@/components/ui/text';
import { ExternalLink } from '@/components/ui/text-link';
import { FullPage } from './auth-screens';
import styles from './auth-screens.module.css';

export type PopupOutcome = 'signed-in' | 'blocked' | 'closed';

interface FramedSignInProps {
  /** Opens the provider in a popup; must run inside the click (browsers allow popups only then). */
  signIn: () => Promise<PopupOutcome>;
  /** The dashboard on its own, for when popups are blocked. */
  appBaseUrl: string;
}

/**
 * Sign-in inside a portal's frame: providers refuse to be framed, so the user opens them in a
 * popup with a click. A blocked popup is said plainly, with the dashboard in a new tab as a way out.
 */
export function FramedSignIn({ signIn, appBaseUrl }: FramedSignInProps) {
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setBusy(true);
    // signIn reports every failure as an outcome: it never rejects.
    void signIn()
      .then((outcome) => setBlocked(outcome === 'blocked'))
      .finally(() => setBusy(false));
  };

  return (
    <FullPage>
      <div className={styles.message}>
        <Text variant="h5" as="h1" gutterBottom>
          Sign in to VDK Dashboard
        </Text>
        <Text className={styles.lead}>Sign-in opens in a new window; it closes itself when you are done.</Text>
        {blocked && (
          <Alert severity="warning" className={styles.alert}>
            The browser blocked the sign-in window. Allow pop-ups for this site and sign in again, or{' '}
            <ExternalLink href={appBaseUrl} target="_blank" rel="noopener">
              Open the dashboard in a new tab
            </ExternalLink>
            .
          </Alert>
        )}
        <Button variant="contained" onClick={start} disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </div>
    </FullPage>
  );
}
