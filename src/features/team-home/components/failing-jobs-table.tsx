import { memo } from 'react';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { RelativeTime } from '@/components/time/relative-time';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';
import { formatNumber } from '@/lib/words';
import type { CardState } from '../model/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HomeLinks } from '../model/home-links';
import { CardStateView } from './home-card';
import { HomeCell, HomeRow, HomeTable } from './home-table';

const SHOWN = 10;

const COLUMNS = [
  { title: 'Failing job' },
  { title: 'Last failure' },
  { title: 'Failing since' },
  { title: 'In a row', numeric: true },
];

/**
 * The failing jobs, most failures in a row first, in every state of their request. Its rows (links, chips, relative
 * times) are the home's largest render: the page passes their answer on in a deferred render (`useDeferredValue`),
 * which yields to the browser as it goes.
 */
export function FailingJobsTable({ state, links }: { state: CardState<FailingJobs>; links: HomeLinks }) {
  return (
    <CardStateView name="Failing jobs" state={state}>
      {(rows) => <FailingJobsRows failing={rows} links={links} />}
    </CardStateView>
  );
}

/** The failing jobs, most failures in a row first: since when, how many, and the newest failed run. */
const FailingJobsRows = memo(function FailingJobsRows({ failing, links }: { failing: FailingJobs; links: HomeLinks }) {
  const total = failing.userError + failing.platformError;
  if (total === 0) {
    return (
      <Text variant="body2" color="text.secondary">
        No job’s last run failed.
      </Text>
    );
  }
  const shown = failing.jobs.slice(0, SHOWN);
  return (
    <>
      <HomeTable label="Failing jobs" columns={COLUMNS}>
        {shown.map(({ team, job, status, streak }) => (
          <HomeRow key={`${team}/${job}`}>
            <HomeCell wraps>
              <TextLink to={paths.job({ team, job })}>{job}</TextLink>
            </HomeCell>
            <HomeCell>
              {streak.latest?.id ? (
                <TextLink
                  to={paths.execution({ team, job, executionId: streak.latest.id })}
                  aria-label={`Last failed run of ${job}`}
                >
                  <ExecutionStatusChip status={status} />
                </TextLink>
              ) : (
                <ExecutionStatusChip status={status} />
              )}
            </HomeCell>
            <HomeCell>
              <RelativeTime value={streak.since} fallback="not in its last 10 runs" />
            </HomeCell>
            <HomeCell numeric>{streak.isAtLeast ? `${streak.count}+` : streak.count}</HomeCell>
          </HomeRow>
        ))}
      </HomeTable>
      {total > shown.length && (
        <Text variant="body2">
          {formatNumber(total - shown.length)} more failing:{' '}
          <TextLink to={links.jobs({ status: 'user_error' })}>user error</TextLink>
          {' · '}
          <TextLink to={links.jobs({ status: 'platform_error' })}>platform error</TextLink>
        </Text>
      )}
    </>
  );
});
