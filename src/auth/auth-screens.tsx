import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LoadingBar } from '@/components/feedback/loading-bar';

/** A page of its own (no app shell yet): `main` for a message, a plain box while something loads. */
export function FullPage({ children, landmark = true }: { children: ReactNode; landmark?: boolean }) {
  return (
    <Box component={landmark ? 'main' : 'div'} sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      {children}
    </Box>
  );
}

/** Login in progress: shown while the sign-in module loads and around the provider's redirects. */
export function AuthProgress({ text }: { text: string }) {
  // Not a `main` landmark: the app's own page takes that role a moment later.
  return (
    <FullPage landmark={false}>
      <Box sx={{ width: 240, textAlign: 'center' }}>
        <Typography role="status" sx={{ mb: 1 }}>
          {text}
        </Typography>
        <LoadingBar label={text} />
      </Box>
    </FullPage>
  );
}

interface AuthMessageProps {
  title: string;
  message: string;
  severity?: 'error';
  action: { label: string; onClick: () => void };
}

/** Signed out, or a sign-in that failed: what happened and the one next step. */
export function AuthMessage({ title, message, severity, action }: AuthMessageProps) {
  return (
    <FullPage>
      <Box sx={{ maxWidth: 480, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {severity ? (
          <Alert severity={severity} sx={{ textAlign: 'left', mb: 2 }}>
            {message}
          </Alert>
        ) : (
          <Typography sx={{ mb: 2 }}>{message}</Typography>
        )}
        <Button variant="contained" onClick={action.onClick}>
          {action.label}
        </Button>
      </Box>
    </FullPage>
  );
}
