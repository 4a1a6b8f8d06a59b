import { useLocation, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import styles from './feedback.module.css';
import { isFlash } from './flash-state';

/**
 * Shows the confirmation of what the previous page did, once: the shell renders it above every page, so an action that
 * leaves its page (deleting a job) still says it worked. Dismissing it removes it from the history entry.
 */
export function FlashNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  if (!isFlash(location.state)) return null;
  return (
    <Alert
      severity="success"
      role="status"
      className={styles.flash}
      onClose={() => void navigate(location, { replace: true, state: null })}
    >
      {location.state.notice}
    </Alert>
  );
}
