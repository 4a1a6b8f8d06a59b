import { useId } from 'react';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { CloseIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import styles from './selected-jobs.module.css';

/** The jobs whose runs are shown, each with a button that takes it off the filter. Nothing when every job is shown. */
export function SelectedJobs({ jobs, onChange }: { jobs: string[]; onChange: (jobs: string[]) => void }) {
  const labelId = useId();
  if (jobs.length === 0) return null;
  return (
    <>
      <Text id={labelId} variant="body2">
        Only the jobs
      </Text>
      <ul aria-labelledby={labelId} className={styles.jobs}>
        {jobs.map((job) => (
          <li key={job} className={styles.job}>
            {job}
            <IconButton
              size="small"
              label={`Remove job ${job}`}
              onClick={() => onChange(jobs.filter((other) => other !== job))}
            >
              <Icon icon={CloseIcon} fontSize="inherit" />
            </IconButton>
          </li>
        ))}
      </ul>
    </>
  );
}
