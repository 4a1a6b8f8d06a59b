import type { ReactNode } from 'react';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Text } from '@/components/ui/text';
import styles from './auth-screens.module.css';

/** A page of its own (no app shell yet): `main` for a message, a plain box while something loads. */
export function FullPage({ children, landmark = true }: { children: ReactNode; landmark?: boolean }) {
  const Element = landmark ? 'main' : 'div';
  return <Element className={styles.fullPage}>{children}</Element>;
}

/** Login in progress: shown while the sign-in module loads and around the provider's redirects. */
export function AuthProgress({ text }: { text: string }) {
  // Not a `main` landmark: the app's own page takes that role a moment later.
  return (
    <FullPage landmark={false}>
      <div className={styles.progress}>
        <Text role="status" className={styles.progressText}>
          {text}
        </Text>
        <LoadingBar label={text} />
      </div>
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
      <div className={styles.message}>
        <Text variant="h5" as="h1" gutterBottom>
          {title}
        </Text>
        {severity ? (
          <Alert severity={severity} className={styles.alert}>
            {message}
          </Alert>
        ) : (
          <Text className={styles.lead}>{message}</Text>
        )}
        <Button variant="contained" onClick={action.onClick}>
          {action.label}
        </Button>
      </div>
    </FullPage>
  );
}
