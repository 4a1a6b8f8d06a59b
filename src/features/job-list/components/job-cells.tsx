import { memo, type ReactNode } from 'react';
import type { JobSummary } from '@/api/types';
import { Hint } from '@/components/feedback/hint';
import { classNames } from '@/components/ui/class-names';
import { Icon, type IconColor } from '@/components/ui/icon';
import {
  CheckCircleOutlinedIcon,
  NotificationsOffOutlinedIcon,
  NotificationsOutlinedIcon,
  PauseCircleOutlinedIcon,
  RemoveCircleOutlinedIcon,
  WarningAmberIcon,
  type IconShape,
} from '@/components/ui/icons';
import text from '@/components/ui/text.module.css';
import { Time } from '@/components/time/time';
import { fromEpochSeconds } from '@/lib/time';
import { useCronText } from '../hooks/use-cron-text';
import { deploymentOf, deploymentStateOf, type JobDeploymentState } from '../model/job-summary';
import { countOf, formatNumber } from '@/lib/words';
import styles from './job-cells.module.css';

const CAPTION = classNames(text.caption, text.textSecondary);

/** Icon + text on one line; the icon repeats the text, so it is hidden from assistive tech. */
export function IconText({ icon, color, children }: { icon: IconShape; color?: IconColor; children: ReactNode }) {
  return (
    <span className={styles.iconText}>
      <Icon icon={icon} fontSize="small" color={color} />
      {children}
    </span>
  );
}

const DEPLOYMENT_LOOK: Record<JobDeploymentState, { icon: IconShape; color: IconColor; label: string }> = {
  enabled: { icon: CheckCircleOutlinedIcon, color: 'success', label: 'Enabled' },
  disabled: { icon: PauseCircleOutlinedIcon, color: 'warning', label: 'Disabled' },
  not_deployed: { icon: RemoveCircleOutlinedIcon, color: 'disabled', label: 'Not deployed' },
};

/** Memoised by the state: a list's next page repeats the same three in the same places. */
export const DeploymentCell = memo(function DeploymentCell({ state }: { state: JobDeploymentState }) {
  const look = DEPLOYMENT_LOOK[state];
  return (
    <IconText icon={look.icon} color={look.color}>
      {look.label}
    </IconText>
  );
});

/** The schedule in words (it runs in UTC) and the next run in the chosen zone, UTC on hover. */
export function ScheduleCell({ job }: { job: JobSummary }) {
  const describeCron = useCronText();
  const cron = job.config?.schedule?.scheduleCron?.trim();
  if (!cron) return <span className={styles.secondary}>No schedule (manual only)</span>;
  const description = describeCron?.(cron);
  if (description && !description.ok) {
    return (
      <Hint title={description.reason}>
        <IconText icon={WarningAmberIcon} color="warning">
          Invalid: <code>{cron}</code>
        </IconText>
      </Hint>
    );
  }
  const state = deploymentStateOf(job);
  const next = fromEpochSeconds(job.config?.schedule?.nextRunEpochSeconds);
  return (
    <div className={styles.schedule}>
      <Hint title={`${cron} (UTC)`}>
        <span>{description?.text ?? cron} UTC</span>
      </Hint>
      <div className={CAPTION}>
        {state === 'enabled' && next ? (
          <>
            Next: <Time value={next} seconds={false} />
          </>
        ) : state === 'enabled' ? (
          'Next: unknown'
        ) : (
          `Not scheduled (${DEPLOYMENT_LOOK[state].label.toLowerCase()})`
        )}
      </div>
    </div>
  );
}

/** Share of the retained finished executions that succeeded (the service keeps ≤ 100, ≤ 14 days). */
export function SuccessRateCell({ job }: { job: JobSummary }) {
  const deployment = deploymentOf(job);
  const succeeded = deployment?.successfulExecutions ?? 0;
  const failed = deployment?.failedExecutions ?? 0;
  const total = succeeded + failed;
  if (total === 0) return <span className={styles.disabled}>—</span>;
  const percent = Math.floor((succeeded / total) * 1000) / 10;
  return (
    <Hint
      title={`${formatNumber(succeeded)} succeeded, ${formatNumber(failed)} failed of ${countOf(total, 'finished execution')} the service still keeps (up to 100 per job, 14 days).`}
    >
      <span className={styles.nowrap}>
        {percent}%{failed > 0 && <span className={classNames(CAPTION, styles.nowrap)}>{failed} failed</span>}
      </span>
    </Hint>
  );
}

export function ContactsCell({ job }: { job: JobSummary }) {
  const contacts = job.config?.contacts;
  const lists = [
    ['User error', contacts?.notifiedOnJobFailureUserError],
    ['Platform error', contacts?.notifiedOnJobFailurePlatformError],
    ['Success', contacts?.notifiedOnJobSuccess],
    ['Deploy', contacts?.notifiedOnJobDeploy],
  ] as const;
  const filled = lists
    .map(([label, list]) => [label, (list ?? []).filter(Boolean)] as const)
    .filter(([, list]) => list.length > 0);
  if (filled.length === 0) {
    return (
      <IconText icon={NotificationsOffOutlinedIcon} color="disabled">
        None
      </IconText>
    );
  }
  const people = new Set(filled.flatMap(([, list]) => list));
  return (
    <Hint title={filled.map(([label, list]) => `${label}: ${list.join(', ')}`).join('\n')}>
      <IconText icon={NotificationsOutlinedIcon}>{countOf(people.size, 'contact')}</IconText>
    </Hint>
  );
}
