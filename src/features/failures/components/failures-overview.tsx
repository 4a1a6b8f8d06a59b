import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Text } from '@/components/ui/text';
import { WINDOW_LABEL, type FailureWindow } from '../model/failures-search';
import type { Cause } from '../model/triage';

interface FailuresOverviewProps {
  causes: Cause[];
  window: FailureWindow;
  /** Failed or skipped runs that matched, and how many of them were read. */
  totalItems: number;
  read: number;
  logsRead: number;
  logsReading: boolean;
  signaturesPersist: boolean;
}

/** One line of counts, then what the page could not read and where its causes come from. */
export function FailuresOverview(props: FailuresOverviewProps) {
  const { causes, window, totalItems, read, logsRead, logsReading, signaturesPersist } = props;
  // Once per triage, not on each render while logs are read: a team's causes can name thousands of jobs.
  const { runs, jobs, fromLogs } = useMemo(() => summarize(causes), [causes]);
  return (
    <>
      <Text variant="body1">
        {runs.toLocaleString('en-US')} failed or skipped {runs === 1 ? 'run' : 'runs'} of {jobs.toLocaleString('en-US')}{' '}
        {jobs === 1 ? 'job' : 'jobs'} in the {WINDOW_LABEL[window]}, in {causes.length.toLocaleString('en-US')}{' '}
        {causes.length === 1 ? 'cause' : 'causes'}, most important first.
      </Text>
      {totalItems > read && (
        <Alert severity="warning">
          {totalItems.toLocaleString('en-US')} runs failed in this window; the causes below are those of the newest{' '}
          {read.toLocaleString('en-US')}. Choose a shorter window to see them all.
        </Alert>
      )}
      <Text variant="body2" color="text.secondary">
        {fromLogs === 0
          ? 'Every cause comes from the service’s status and message.'
          : `${fromLogs} ${fromLogs === 1 ? 'cause comes' : 'causes come'} from logs this browser read; the rest from the service’s status and message.`}{' '}
        Logs are kept only minutes after a run ends, so the page reads the few newest ones
        {logsReading ? ' (reading now…)' : logsRead > 0 ? ` (${logsRead} read this visit)` : ''} and remembers what it
        found.
      </Text>
      {!signaturesPersist && (
        <Alert severity="info">
          This browser does not let the dashboard keep data (private browsing or full storage): errors read from logs
          are remembered only until you leave this page.
        </Alert>
      )}
    </>
  );
}

/** Runs, distinct jobs and causes read from logs in one pass that builds no arrays (it was 44 ms of a render). */
function summarize(causes: readonly Cause[]) {
  let runs = 0;
  let fromLogs = 0;
  const jobs = new Set<string>();
  for (const cause of causes) {
    runs += cause.runs;
    if (cause.source === 'log') fromLogs += 1;
    for (const job of cause.jobs) jobs.add(job);
  }
  return { runs, jobs: jobs.size, fromLogs };
}
