import { ExternalLink } from '@/components/ui/text-link';
import styles from './skip-link.module.css';

/** First focusable element: jumps keyboard users past the app bar. Visible only when focused. */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <ExternalLink
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      className={styles.skipLink}
    >
      Skip to content
    </ExternalLink>
  );
}
