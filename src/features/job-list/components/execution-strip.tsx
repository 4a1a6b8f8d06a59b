import Box from '@mui/material/Box';
import type { JobRef, JobSummaryExecution } from '@/api/types';
import { ExecutionStatusIcon } from '@/components/execution/execution-status-chip';
import { useDelegatedLinks } from '@/components/routing/use-delegated-links';
import { useTimeZone } from '@/components/time/time-zone-context';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { formatDateTime } from '@/lib/time';

interface ExecutionStripProps {
  job: JobRef;
  /** Newest first, as the query returns them. */
  executions: readonly (JobSummaryExecution | null)[];
  onOpen?: () => void;
}

/**
 * The last executions, oldest to newest (left to right, like a timeline). Each is a link to the
 * execution, its status told by shape, colour and an accessible name with the start time.
 */
export function ExecutionStrip({ job, executions, onOpen }: ExecutionStripProps) {
  const { timeZone } = useTimeZone();
  const links = useDelegatedLinks(onOpen);
  const runs = executions.filter((run): run is JobSummaryExecution & { id: string } => !!run?.id).reverse();
  if (runs.length === 0) return <>—</>;
  // Plain elements styled from the list, plain links followed by the list: a page of 100 jobs has 1,000 of them.
  return (
    <Box
      component="ol"
      onClick={links.onClick}
      aria-label="Recent executions, oldest first"
      sx={{
        display: 'flex',
        gap: 0.25,
        m: 0,
        p: 0,
        listStyle: 'none',
        '& li': { display: 'flex' },
        '& a': { display: 'inline-flex', borderRadius: 0.5 },
        '& a:hover': { bgcolor: 'action.hover' },
      }}
    >
      {runs.map((run) => {
        const started = formatDateTime(run.startTime, timeZone, { seconds: false });
        const label = `${executionStatusLabel(run.status)}${started ? `, started ${started}` : ''}`;
        return (
          <li key={run.id}>
            <a {...links.linkProps(paths.execution({ ...job, executionId: run.id }))} aria-label={label}>
              <ExecutionStatusIcon status={run.status} label={label} />
            </a>
          </li>
        );
      })}
    </Box>
  );
}
