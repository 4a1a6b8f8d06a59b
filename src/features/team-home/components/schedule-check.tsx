import { Fragment } from 'react';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { Icon } from '@/components/ui/icon';
import { EventBusyIcon, ScheduleIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { countOf, formatNumber } from '@/lib/words';
import type { CardState } from '../model/card-state';
import type { ScheduleCheck } from '../hooks/use-schedule-misses';
import type { HomeLinks } from '../model/home-links';
import type { JobMisses } from '../model/schedule-misses';
import { CountLink } from './count-link';
import styles from './schedule-check.module.css';

/** Jobs named under the counts; the timeline shows the rest. */
const NAMED_JOBS = 5;

const timelineOf = (links: HomeLinks, job?: string) => links.runs({ job, preset: '24h', view: 'timeline' });

/** The timeline of the one job concerned, or of every job when several are. */
function countTarget(links: HomeLinks, jobs: readonly JobMisses[]): string {
  return timelineOf(links, jobs.length === 1 ? jobs[0]!.job : undefined);
}

/**
 * The schedule check's two counts in the Health-now list: missed and late scheduled runs of the last 24 hours, each
 * a link to the timeline (of the one job concerned when there is one). While the check runs, or when it cannot, the
 * place says so and still leads to the timeline.
 */
export function ScheduleCheckCounts({ state, links }: { state: CardState<ScheduleCheck>; links: HomeLinks }) {
  const check = state.data;
  if (check?.kind !== 'checked') {
    const why =
      check?.kind === 'too-many'
        ? `${countOf(check.enabledJobs, 'enabled job')}, too many to check here`
        : state.isPending
          ? 'checking the last 24 hours…'
          : 'could not check';
    return (
      <li>
        <TextLink to={timelineOf(links)} className={styles.pending}>
          <Icon icon={ScheduleIcon} />
          Late or missed runs: {why}. See the timeline
        </TextLink>
      </li>
    );
  }
  // "24 h" is one phrase: a non-breaking space keeps the label from wrapping between the number and its unit.
  return (
    <>
      <li>
        <CountLink
          count={check.missed}
          label={`missed ${check.missed === 1 ? 'run' : 'runs'}, 24\u00a0h`}
          to={countTarget(
            links,
            check.jobs.filter((job) => job.missed > 0),
          )}
          icon={<Icon icon={EventBusyIcon} color={check.missed > 0 ? 'warning' : 'inherit'} />}
        />
      </li>
      <li>
        <CountLink
          count={check.late}
          label={`late ${check.late === 1 ? 'run' : 'runs'}, 24\u00a0h`}
          to={countTarget(
            links,
            check.jobs.filter((job) => job.late > 0),
          )}
          icon={<Icon icon={ScheduleIcon} color={check.late > 0 ? 'warning' : 'inherit'} />}
        />
      </li>
    </>
  );
}

/** Which jobs missed or were late, most first, each opening its own timeline; and why some were not checked. */
export function ScheduleCheckJobs({ state, links }: { state: CardState<ScheduleCheck>; links: HomeLinks }) {
  const check = state.data;
  if (check === undefined) {
    return state.error != null && !state.isPending ? (
      <ApiErrorAlert
        error={state.error}
        title="Could not check the schedules"
        onRetry={state.refetch}
        isRetrying={state.isFetching}
      />
    ) : null;
  }
  if (check.kind !== 'checked' || (check.jobs.length === 0 && check.unchecked === 0 && check.partlyKnown === 0)) {
    return null;
  }
  const named = check.jobs.slice(0, NAMED_JOBS);
  return (
    <Text variant="body2">
      {named.length > 0 && (
        <>
          Late or missed scheduled runs, last 24 hours:{' '}
          {named.map(({ team, job, missed, late }, index) => (
            <Fragment key={`${team}/${job}`}>
              {index > 0 && ', '}
              <TextLink to={timelineOf(links, job)} className={styles.job}>
                {job}
              </TextLink>{' '}
              (
              {[missed > 0 && `${formatNumber(missed)} missed`, late > 0 && `${formatNumber(late)} late`]
                .filter(Boolean)
                .join(', ')}
              )
            </Fragment>
          ))}
          {check.jobs.length > named.length && ` and ${countOf(check.jobs.length - named.length, 'more job')}`}.{' '}
        </>
      )}
      {check.unchecked > 0 &&
        `${countOf(check.unchecked, 'job')} with too many runs in the window to check here: see the timeline. `}
      {check.partlyKnown > 0 &&
        `${countOf(check.partlyKnown, 'job')} checked only since ${check.partlyKnown === 1 ? 'its' : 'their'} oldest kept run: the Control Service keeps a job's last 100 runs, so an older gap proves nothing.`}
    </Text>
  );
}
