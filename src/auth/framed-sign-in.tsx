import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FullPage } from './auth-screens';

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
      <Box sx={{ maxWidth: 480, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Sign in to VDK Dashboard
        </Typography>
        <Typography sx={{ mb: 2 }}>Sign-in opens in a new window; it closes itself when you are done.</Typography>
        {blocked && (
          <Alert severity="warning" sx={{ textAlign: 'left', mb: 2 }}>
            The browser blocked the sign-in window. Allow pop-ups for this site and sign in again, or{' '}
            <Link href={appBaseUrl} target="_blank" rel="noopener">
              Open the dashboard in a new tab
            </Link>
            .
          </Alert>
        )}
        <Button variant="contained" onClick={start} disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </Box>
    </FullPage>
  );
}
