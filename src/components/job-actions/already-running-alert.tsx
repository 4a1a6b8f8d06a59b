import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { RouterLink } from '@/components/routing/router-link';
import { useApiClient } from '@/api/api-client-context';
import { activeExecutionOf } from '@/api/jobs/job-summary';
import { jobQueries } from '@/api/jobs/queries';
import type { ApiError } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { CancelExecutionButton } from '@/components/execution/cancel-execution-button';
import { paths } from '@/lib/paths';

interface AlreadyRunningAlertProps {
  job: JobRef;
  /** The service's 409: its words, when it sent any. */
  error: ApiError;
  /** Following the link leaves the dialog this sits in. */
  onNavigate: () => void;
}

/**
 * "Execute now" refused with 409: one execution at a time. Finds the execution that is in the way (the job's
 * summary, read afresh), links to it and offers to cancel it right here; once cancelled, the dialog's "Execute now"
 * can be pressed again.
 */
export function AlreadyRunningAlert({ job, error, onNavigate }: AlreadyRunningAlertProps) {
  const summary = useQuery({ ...jobQueries.summary(useApiClient(), job), refetchOnMount: 'always' });
  const active = summary.data ? activeExecutionOf(summary.data) : undefined;
  return (
    <Alert
      severity="warning"
      sx={{ mt: 2 }}
      action={
        active?.id ? (
          <CancelExecutionButton executionRef={{ ...job, executionId: active.id }} status={active.status} />
        ) : undefined
      }
    >
      <AlertTitle>Already executing.</AlertTitle>
      {error.what ?? 'The job has an execution submitted or running.'} Wait for it to finish, or cancel it, then try
      again.
      {active?.id && (
        <>
          {' '}
          <Link component={RouterLink} to={paths.execution({ ...job, executionId: active.id })} onClick={onNavigate}>
            Open execution {active.id} to follow it
          </Link>
          .
        </>
      )}
    </Alert>
  );
}
