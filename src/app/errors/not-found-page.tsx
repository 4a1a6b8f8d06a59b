import { useLocation } from 'react-router';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { LinkButton } from '@/components/ui/button';
import { Text } from '@/components/ui/text';
import { paths } from '@/lib/paths';
import styles from './error-pages.module.css';

export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <div>
      <Text variant="h4" as="h1" gutterBottom>
        Page not found
      </Text>
      <Text gutterBottom>
        There is no page at <code>{pathname}</code>. The link may be mistyped or out of date.
      </Text>
      <div className={styles.actions}>
        <LinkButton variant="contained" to={paths.home()}>
          Go to your home page
        </LinkButton>
        <LinkButton to={paths.allJobs()}>All teams’ jobs</LinkButton>
      </div>
    </div>
  );
}
