import type { JobRef } from '@/api/types';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';
import styles from './job-tabs.module.css';

/** Overview / Executions / Deployment as links (each is its own URL); the current one is marked for everyone. */
export function JobTabs({ jobRef }: { jobRef: JobRef }) {
  const tabs = [
    { label: 'Overview', to: paths.job(jobRef), current: 'exact' },
    { label: 'Executions', to: paths.executions(jobRef), current: 'within' },
    { label: 'Deployment', to: paths.deployment(jobRef), current: 'exact' },
  ] as const;
  return (
    <nav aria-label="Job sections" className={styles.tabs}>
      <ul className={styles.list}>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <TextLink to={tab.to} current={tab.current} color="inherit" underline="none" className={styles.tab}>
              {tab.label}
            </TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
