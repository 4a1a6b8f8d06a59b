import { memo } from 'react';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Duration } from '@/components/time/duration';
import { RelativeTime } from '@/components/time/relative-time';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';
import { formatNumber } from '@/lib/words';
import type { CardState } from '../model/card-state';
import type { RecentFailures } from '../hooks/use-recent-failures';
import type { HomeLinks } from '../model/home-links';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';
import { HomeCell, HomeRow, HomeTable } from './home-table';
import tableStyles from './home-table.module.css';

const SHOWN = 10;
const FAILED = ['user_error', 'platform_error'] as const;

const COLUMNS = [
  { title: 'Job' },
  { title: 'Status' },
  { title: 'Message' },
  { title: 'When' },
  { title: 'Duration' },
  { title: 'Failures', numeric: true },
];

interface RecentFailuresCardProps {
  state: CardState<RecentFailures>;
  /** Undefined on the all-teams home: an execution names its job, not its team, so rows open the job's runs. */
  team: string | undefined;
  links: HomeLinks;
}

/** Failed runs of the last 24 hours, one row per job with how often it failed and its newest failure. */
export const RecentFailuresCard = memo(function RecentFailuresCard({ state, team, links }: RecentFailuresCardProps) {
  const all = links.runs({ preset: '24h', status: FAILED });
  return (
    <HomeCard title={CARD_TITLES.recentFailures} state={state}>
      {({ groups, total, read }) =>
        total === 0 ? (
          <Text variant="body2" color="text.secondary">
            No run failed in the last 24 hours.
          </Text>
        ) : (
          <>
            <HomeTable label="Recent failures" columns={COLUMNS}>
              {groups.slice(0, SHOWN).map(({ job, count, latest }) => (
                <HomeRow key={job}>
                  <HomeCell wraps>
                    {team !== undefined && latest.id ? (
                      <TextLink
                        to={paths.execution({ team, job, executionId: latest.id })}
                        aria-label={`${job}: newest failed run`}
                      >
                        {job}
                      </TextLink>
                    ) : (
                      <TextLink to={links.runs({ job, preset: '24h', status: FAILED })}>{job}</TextLink>
                    )}
                  </HomeCell>
                  <HomeCell>
                    <ExecutionStatusChip status={latest.status} />
                  </HomeCell>
                  <HomeCell wraps className={tableStyles.message}>
                    {latest.message || '—'}
                  </HomeCell>
                  <HomeCell>
                    <RelativeTime value={latest.startTime} />
                  </HomeCell>
                  <HomeCell>
                    <Duration start={latest.startTime} end={latest.endTime} />
                  </HomeCell>
                  <HomeCell numeric>
                    <TextLink
                      to={links.runs({ job, preset: '24h', status: FAILED })}
                      aria-label={`${formatNumber(count)} failures of ${job} in 24 hours`}
                    >
                      {formatNumber(count)}
                      {read < total ? '+' : ''}
                    </TextLink>
                  </HomeCell>
                </HomeRow>
              ))}
            </HomeTable>
            <Text variant="body2">
              <TextLink to={all}>
                All {formatNumber(total)} failed {total === 1 ? 'run' : 'runs'} of the last 24 hours
              </TextLink>
              {read < total && ` (the rows above are made of the newest ${formatNumber(read)})`}
            </Text>
          </>
        )
      }
    </HomeCard>
  );
});
