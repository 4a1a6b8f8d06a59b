import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { RouterLink } from '@/components/routing/router-link';
import type { JobRef } from '@/api/types';
import { checkCron } from '@/lib/cron';
import { paths } from '@/lib/paths';
import { useJobSchedule } from '../hooks/use-job-schedule';

/**
 * The service does not check a cron until it deploys, and then fails silently (a Kubernetes 422 only
 * e-mailed to the deploy contacts). Say so before the deploy is started.
 */
export function ScheduleCheck({ jobRef }: { jobRef: JobRef }) {
  const cron = useJobSchedule(jobRef).data;
  if (cron === undefined) return null;
  if (cron.trim() === '') {
    return (
      <Alert severity="info" role="status">
        The job has no schedule: once deployed it runs only when started by hand.
      </Alert>
    );
  }
  const check = checkCron(cron);
  if (check.ok) return null;
  return (
    <Alert severity="warning" role="status">
      The job's schedule <code>{cron}</code> is not valid ({check.reason}) The deploy would fail.{' '}
      <Link component={RouterLink} to={paths.job(jobRef)}>
        Fix the schedule on the Overview
      </Link>{' '}
      first.
    </Alert>
  );
}
