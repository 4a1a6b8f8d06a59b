import { useState } from 'react';
import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
import { Text } from '@/components/ui/text';
import { TextInput } from '@/components/ui/text-input';
import styles from './add-job-field.module.css';

interface AddJobFieldProps {
  jobs: string[];
  onAdd: (job: string) => void;
}

/**
 * Adds a job to the filter on Enter or when the field is left. A name already listed, or one past the most a request
 * can name, is answered in words beside the field: the user sees why nothing changed.
 */
export function AddJobField({ jobs, onAdd }: AddJobFieldProps) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string>();
  const add = () => {
    const job = typed.trim();
    if (!job) return;
    if (jobs.includes(job)) {
      setTyped('');
      setMessage(`${job} is already in the list`);
    } else if (jobs.length >= JOB_NAMES_PER_REQUEST) {
      setMessage(`At most ${JOB_NAMES_PER_REQUEST} jobs at once: remove one to add ${job}`);
    } else {
      setTyped('');
      setMessage(undefined);
      onAdd(job);
    }
  };
  return (
    <span className={styles.field}>
      <TextInput
        label="Add a job"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setMessage(undefined);
        }}
        onBlur={add}
        onKeyDown={(event) => {
          if (event.key === 'Enter') add();
        }}
        title="The exact name of a job: the runs of the jobs named are shown"
        autoComplete="off"
        spellCheck={false}
      />
      <Text variant="caption" color="text.secondary" role="status">
        {message}
      </Text>
    </span>
  );
}
