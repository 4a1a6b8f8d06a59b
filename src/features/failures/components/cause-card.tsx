import { useId, type ReactNode } from 'react';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Time } from '@/components/time/time';
import { LinkButton } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import {
  ArticleOutlinedIcon,
  ChatBubbleOutlinedIcon,
  NewReleasesOutlinedIcon,
  ReportProblemOutlinedIcon,
  SkipNextIcon,
  type IconShape,
} from '@/components/ui/icons';
import { Surface } from '@/components/ui/surface';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { causeRunsHref, linkNamesJobs, sampleRunHref, timelineHref } from '../model/cause-links';
import type { Cause, CauseKind } from '../model/triage';
import styles from './cause-card.module.css';

const KIND: Record<CauseKind, { label: string; icon: IconShape }> = {
  incident: { label: 'Probable platform incident', icon: ReportProblemOutlinedIcon },
  change: { label: 'Started with a change', icon: NewReleasesOutlinedIcon },
  log: { label: 'Error from the log', icon: ArticleOutlinedIcon },
  message: { label: 'Same message', icon: ChatBubbleOutlinedIcon },
  skipped: { label: 'Skipped: previous run still running', icon: SkipNextIcon },
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
          <TextLink to={timelineHref(cause.jobs[0] ?? '', team)}>See when its runs overlap</TextLink>
        </>
      );
  }
}

export interface CauseScope {
  /** The page's team; none on every team's page. */
  team: string | undefined;
  /** A run's team, where the page knows it. */
  teamOf: (jobName: string | null | undefined) => string | undefined;
}

/** One cause: what it is, how many runs and jobs, when, a few runs, and what to do. */
export function CauseCard({ cause, team, teamOf }: { cause: Cause } & CauseScope) {
  const headingId = useId();
  const kind = KIND[cause.kind];
  const moreJobs = cause.jobs.length - JOBS_SHOWN;
  return (
    <Surface as="article" variant="outlined" aria-labelledby={headingId} className={styles.card}>
      <div className={styles.row}>
        <span className={styles.kind}>
          <Icon icon={kind.icon} className={styles.kindIcon} />
          {kind.label}
        </span>
        <Text variant="caption" color="text.secondary">
          {cause.source === 'log' ? 'From logs this browser read' : 'From the service’s status and message'}
        </Text>
      </div>
      <Text id={headingId} variant="subtitle1" as="h3" className={styles.wrap}>
        <Headline cause={cause} />
      </Text>
      {/* Text joined into one string where it can be: each part of JSX text is a node of its own to lay out. */}
      <Text variant="body2">
        {`${plural(cause.runs, 'run')} in ${plural(cause.jobs.length, 'job')} · first `}
        <Time value={cause.firstSeen} />
        {' · last '}
        <Time value={cause.lastSeen} />
      </Text>
      <Text variant="body2" color="text.secondary" className={styles.wrap}>
        {`Jobs: ${cause.jobs.slice(0, JOBS_SHOWN).join(', ')}${moreJobs > 0 ? ` and ${plural(moreJobs, 'more job')}` : ''}`}
      </Text>
      <Text variant="body2" className={styles.wrap}>
        <Detail cause={cause} team={team} />
      </Text>
      <ul aria-label="Recent runs" className={styles.runs}>
        {cause.sample.map((run) => (
          <li key={run.id} className={styles.run}>
            <TextLink to={sampleRunHref(run, teamOf(run.jobName))} className={styles.wrap}>
              {run.id}
            </TextLink>
            <ExecutionStatusChip status={run.status} />
            <Text variant="caption" color="text.secondary">
              <Time value={run.startTime} />
            </Text>
          </li>
        ))}
      </ul>
      <LinkButton to={causeRunsHref(cause, team)} size="small" className={styles.show}>
        {cause.runs === 1 ? 'Show this run' : `Show these ${plural(cause.runs, 'run')}`}
      </LinkButton>
      {!linkNamesJobs(cause) && (
        <Text variant="caption" color="text.secondary">
          Too many jobs for one filter: the runs page shows every job’s runs with these statuses in this time span.
        </Text>
      )}
    </Surface>
  );
}
