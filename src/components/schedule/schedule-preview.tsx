import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTimeZone } from '@/components/time/time-zone-context';
import { describeCron, nextCronRuns } from '@/lib/cron';
import { formatDateTime } from '@/lib/time';

const RUNS = 5;

/**
 * A valid schedule in words, and its next runs in UTC (what the service uses) and in the chosen zone. Shown on the job
 * page and while a schedule is typed (Create job, Edit schedule), where the words are announced as they change.
 */
export function SchedulePreview({ cron }: { cron: string }) {
  const { timeZone } = useTimeZone();
  const runs = nextCronRuns(cron, RUNS);
  const showZone = timeZone !== 'UTC';
  return (
    <>
      <Typography variant="body1" aria-live="polite">
        <span>{describeCron(cron)}</span>{' '}
        <Typography component="span" color="text.secondary">
          (UTC)
        </Typography>
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Cron: <code>{cron}</code>
      </Typography>
      <Table size="small" aria-label={`Next ${RUNS} runs`} sx={{ mt: 1, maxWidth: 560 }}>
        <TableHead>
          <TableRow>
            <TableCell>Next runs (UTC)</TableCell>
            {showZone && <TableCell>In {timeZone}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.getTime()}>
              <TableCell>{formatDateTime(run, 'UTC', { seconds: false })}</TableCell>
              {showZone && <TableCell>{formatDateTime(run, timeZone, { seconds: false })}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
