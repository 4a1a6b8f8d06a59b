import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import Button from '@mui/material/Button';
import type { ExecutionRef } from '@/api/types';
import { RouterLink } from '@/components/routing/router-link';
import { paths } from '@/lib/paths';
import { useLastSuccessfulRun } from '../hooks/use-last-successful-run';

/** "What changed since it last worked?": this run beside the job's last successful one, when there is one. */
export function CompareWithLastSuccess({ executionRef }: { executionRef: ExecutionRef }) {
  const lastSuccess = useLastSuccessfulRun(executionRef);
  const id = lastSuccess.data?.id;
  if (!id) return null;
  return (
    <Button
      component={RouterLink}
      to={paths.compareExecutions(executionRef, { a: id, b: executionRef.executionId })}
      startIcon={<CompareArrowsIcon />}
      size="small"
    >
      Compare with the last successful run
    </Button>
  );
}
