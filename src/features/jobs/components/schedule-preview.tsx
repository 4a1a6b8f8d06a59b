import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTimeZone } from '@/components/time/time-zone-context';
import { describeCron, nextCronRuns } from '@/lib/cron';
import { formatDateTime } from '@/lib/time';

const RUNS = 5;

/** A valid schedule in words (it runs in UTC) and its next runs in the chosen zone, with UTC beside. */
export function SchedulePreview({ cron }: { cron: string }) {
  const { timeZone } = useTimeZone();
  const runs = nextCronRuns(cron, RUNS);
  return (
    <Box aria-live="polite" sx={{ mt: 1, px: 1.5, py: 1, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Typography variant="body2">
        <strong>{describeCron(cron)}</strong> (UTC)
      </Typography>
      <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 0.5 }}>
        Next {RUNS} runs:
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 2.5, typography: 'caption' }}>
        {runs.map((run) => (
          <li key={run.getTime()}>
            {formatDateTime(run, timeZone, { seconds: false })}
            {timeZone !== 'UTC' && ` (${formatDateTime(run, 'UTC', { seconds: false })})`}
          </li>
        ))}
      </Box>
    </Box>
  );
}
