import { useRouteError } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Text } from '@/components/ui/text';
import styles from './error-pages.module.css';

/** Last line of defence when the shell itself fails: a plain page with the reason and Reload. */
export function RootErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className={styles.rootPage}>
      <Text variant="h4" as="h1" gutterBottom>
        VDK Dashboard ran into a problem
      </Text>
      <Alert severity="error" title="The application failed" className={styles.alert}>
        {message}
      </Alert>
      <Button variant="contained" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </main>
  );
}
