import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Duration } from '@/components/time/duration';
import { RelativeTime } from '@/components/time/relative-time';
import { Time } from '@/components/time/time';
import { paths } from '@/lib/paths';
import type { useRecentExecutions } from '../hooks/use-recent-executions';

const MESSAGE_CHARS = 160;

function ExecutionStep({ jobRef, execution }: { jobRef: JobRef; execution: ExecutionSummary }) {
  const message = execution.message?.trim();
  const manual = execution.type === 'MANUAL';
  return (
    <Stack spacing={0.5} sx={{ minWidth: 0 }}>
      <div>
        <ExecutionStatusChip status={execution.status} />
      </div>
      <Typography variant="body2">
        <RelativeTime value={execution.startTime} /> · {manual ? 'manual' : 'scheduled'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Duration <Duration start={execution.startTime} end={execution.endTime} />
      </Typography>
      {message && (
        <Typography variant="body2" color="text.secondary" title={message} sx={{ overflowWrap: 'anywhere' }}>
          {message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message}
        </Typography>
      )}
      {execution.id && (
        <Link component={RouterLink} to={paths.execution({ ...jobRef, executionId: execution.id })} variant="body2">
          Details and logs<Box component="span" sx={visuallyHidden}>{` of ${execution.id}`}</Box>
        </Link>
      )}
    </Stack>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const;

interface RecentExecutionsProps {
  jobRef: JobRef;
  query: ReturnType<typeof useRecentExecutions>;
  /** The next scheduled run, when the job is deployed, enabled and scheduled. */
  nextRun: Date | undefined;
  /** Start of a scheduled run the saved schedule does not have: the next run is then not known. */
  offScheduleRun?: Date;
}

/** The last executions, oldest to newest, then the next scheduled run: a compact timeline. */
export function RecentExecutions({ jobRef, query, nextRun, offScheduleRun }: RecentExecutionsProps) {
  const headingId = useId();
  const executions = (query.data?.content ?? []).filter((run): run is ExecutionSummary => run != null).reverse();
  const content = () => {
    if (query.isPending)
      return <Skeleton variant="rounded" height={96} role="progressbar" aria-label="Loading recent executions" />;
    if (query.isError) {
      return (
        <ApiErrorAlert
          error={query.error}
          title="Could not load the recent executions"
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      );
    }
    if (executions.length === 0 && !nextRun) return <Typography color="text.secondary">No executions yet.</Typography>;
    return (
      <Box
        component="ol"
        sx={{
          m: 0,
          p: 0,
          listStyle: 'none',
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
        }}
      >
        {executions.map((execution) => (
          <Box component="li" key={execution.id} sx={{ borderTop: 3, borderColor: 'divider', pt: 1 }}>
            <ExecutionStep jobRef={jobRef} execution={execution} />
          </Box>
        ))}
        {nextRun && (
          <Box component="li" sx={{ borderTop: 3, borderColor: 'divider', borderTopStyle: 'dashed', pt: 1 }}>
            <Stack spacing={0.5}>
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                <EventOutlinedIcon fontSize="small" aria-hidden />
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  Next scheduled run
                </Typography>
              </Stack>
              {offScheduleRun ? (
                <Typography variant="body2" color="text.secondary">
                  Not known: the deployment runs another schedule than the saved one (see Schedule).
                </Typography>
              ) : (
                <>
                  <Typography variant="body2">
                    <RelativeTime value={nextRun} />
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    <Time value={nextRun} seconds={false} />
                  </Typography>
                </>
              )}
            </Stack>
          </Box>
        )}
      </Box>
    );
  };
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} variant="h6" component="h2">
          Recent executions
        </Typography>
        <Link component={RouterLink} to={paths.executions(jobRef)} variant="body2">
          All executions
        </Link>
      </Stack>
      {content()}
    </Paper>
  );
}
