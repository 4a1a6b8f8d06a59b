import type { ReactNode } from 'react';
import { Text } from '@/components/ui/text';
import styles from './feedback.module.css';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** The next step, e.g. a "Create job" or "Clear filters" button. */
  action?: ReactNode;
  icon?: ReactNode;
  /** Heading level of the title inside the page (default h2). */
  headingLevel?: 'h1' | 'h2' | 'h3';
}

/** Nothing to show, said plainly, with the next step. */
export function EmptyState({ title, description, action, icon, headingLevel = 'h2' }: EmptyStateProps) {
  return (
    <div className={styles.emptyState}>
      {icon && <div className={styles.emptyIcon}>{icon}</div>}
      <Text variant="h6" as={headingLevel} color="text.primary" gutterBottom>
        {title}
      </Text>
      {description && <Text variant="body2">{description}</Text>}
      {action && <div className={styles.emptyAction}>{action}</div>}
    </div>
  );
}
