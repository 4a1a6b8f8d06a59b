import ArticleOutlinedIcon from '@mui/icons-material/ArticleOutlined';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlined';
import NewReleasesOutlinedIcon from '@mui/icons-material/NewReleasesOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactElement, type ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Time } from '@/components/time/time';
import { causeRunsHref, sampleRunHref, timelineHref } from '../model/cause-links';
import type { Cause, CauseKind } from '../model/triage';

const KIND: Record<CauseKind, { label: string; icon: ReactElement }> = {
  incident: { label: 'Probable platform incident', icon: <ReportProblemOutlinedIcon fontSize="small" /> },
  change: { label: 'Started with a change', icon: <NewReleasesOutlinedIcon fontSize="small" /> },
  log: { label: 'Error from the log', icon: <ArticleOutlinedIcon fontSize="small" /> },
  message: { label: 'Same message', icon: <ChatBubbleOutlineIcon fontSize="small" /> },
  skipped: { label: 'Skipped: previous run still running', icon: <SkipNextIcon fontSize="small" /> },
};

/** Jobs named in a card; the rest are counted. */
const JOBS_SHOWN = 8;

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

function Headline({ cause }: { cause: Cause }): ReactNode {
  switch (cause.kind) {
    case 'incident':
      return `${plural(cause.jobs.length, 'job')} failed with platform errors within minutes of each other`;
    case 'change':
      return `Failing since ${cause.change} ${cause.version}`;
    case 'log':
      return cause.signature.step ? `${cause.signature.step}: ${cause.signature.error}` : cause.signature.error;
    case 'message':
      return cause.example || '(no message)';
    case 'skipped':
      return `${cause.jobs[0]} was skipped because its previous run was still running`;
  }
}

function Detail({ cause, team }: { cause: Cause; team: string | undefined }): ReactNode {
  switch (cause.kind) {
    case 'incident':
      return (
        <>
          From <Time value={cause.windowStart} /> to <Time value={cause.windowEnd} />. Probably the platform, not the
          jobs: if it goes on, tell the platform team.
        </>
      );
    case 'change':
      return (
        <>
          Failing since {cause.change} {cause.version}
          {cause.deployedBy ? ` deployed by ${cause.deployedBy}` : ''}
          {cause.deployedDate ? (
            <>
              {' '}
              at <Time value={cause.deployedDate} />
            </>
          ) : null}
          ; the previous version {cause.previousVersion} succeeded {plural(cause.previousSucceeded, 'time')}. Compare a
          failed run with the last good one, or deploy the previous version again.
        </>
      );
    case 'log':
      return 'The failing step and the last exception of the logs this browser read. Open a run for its full log.';
    case 'message':
      return cause.advice;
    case 'skipped':
      return (
        <>
          A run takes longer than the time between two scheduled runs.{' '}
          <Link component={RouterLink} to={timelineHref(cause.jobs[0] ?? '', team)}>
            See when its runs overlap
          </Link>
        </>
      );
  }
}

/** One cause: what it is, how many runs and jobs, when, a few runs, and what to do. */
export function CauseCard({ cause, team }: { cause: Cause; team: string | undefined }) {
  const headingId = useId();
  const kind = KIND[cause.kind];
  const moreJobs = cause.jobs.length - JOBS_SHOWN;
  return (
    <Paper component="article" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip icon={kind.icon} label={kind.label} size="small" variant="outlined" />
          <Typography variant="caption" color="text.secondary">
            {cause.source === 'log' ? 'From logs this browser read' : 'From the service’s status and message'}
          </Typography>
        </Stack>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          <Headline cause={cause} />
        </Typography>
        <Typography variant="body2">
          {plural(cause.runs, 'run')} in {plural(cause.jobs.length, 'job')} · first <Time value={cause.firstSeen} /> ·
          last <Time value={cause.lastSeen} />
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          Jobs: {cause.jobs.slice(0, JOBS_SHOWN).join(', ')}
          {moreJobs > 0 ? ` and ${plural(moreJobs, 'more job')}` : ''}
        </Typography>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <Detail cause={cause} team={team} />
        </Typography>
        <Box component="ul" aria-label="Recent runs" sx={{ m: 0, pl: 2 }}>
          {cause.sample.map((run) => (
            <li key={run.id}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Link component={RouterLink} to={sampleRunHref(run, team)} sx={{ overflowWrap: 'anywhere' }}>
                  {run.id}
                </Link>
                <ExecutionStatusChip status={run.status} />
                <Typography variant="caption" color="text.secondary">
                  <Time value={run.startTime} />
                </Typography>
              </Stack>
            </li>
          ))}
        </Box>
        <Box>
          <Button component={RouterLink} to={causeRunsHref(cause, team)} size="small">
            Show {cause.runs === 1 ? 'this run' : `these ${plural(cause.runs, 'run')}`}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
