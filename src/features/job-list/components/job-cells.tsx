import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import NotificationsOffOutlinedIcon from '@mui/icons-material/NotificationsOffOutlined';
import NotificationsOutlinedIcon from '@mui/icons-material/NotificationsOutlined';
import PauseCircleOutlinedIcon from '@mui/icons-material/PauseCircleOutlined';
import RemoveCircleOutlinedIcon from '@mui/icons-material/RemoveCircleOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType, ReactNode } from 'react';
import type { JobSummary } from '@/api/types';
import { Hint } from '@/components/feedback/hint';
import { Time } from '@/components/time/time';
import { fromEpochSeconds } from '@/lib/time';
import { useCronText } from '../hooks/use-cron-text';
import { deploymentOf, deploymentStateOf, type JobDeploymentState } from '../model/job-summary';
import { countOf, formatNumber } from '@/lib/words';

/** Icon + text on one line; the icon repeats the text, so it is hidden from assistive tech. */
export function IconText({
  icon: Icon,
  color,
  children,
}: {
  icon: ComponentType<SvgIconProps>;
  color?: SvgIconProps['color'];
  children: ReactNode;
}) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <Icon fontSize="small" color={color} aria-hidden />
      {children}
    </Box>
  );
}

const DEPLOYMENT_LOOK: Record<
  JobDeploymentState,
  { icon: ComponentType<SvgIconProps>; color: SvgIconProps['color']; label: string }
> = {
  enabled: { icon: CheckCircleOutlinedIcon, color: 'success', label: 'Enabled' },
  disabled: { icon: PauseCircleOutlinedIcon, color: 'warning', label: 'Disabled' },
  not_deployed: { icon: RemoveCircleOutlinedIcon, color: 'disabled', label: 'Not deployed' },
};

export function DeploymentCell({ job }: { job: JobSummary }) {
  const look = DEPLOYMENT_LOOK[deploymentStateOf(job)];
  return (
    <IconText icon={look.icon} color={look.color}>
      {look.label}
    </IconText>
  );
}

/** The schedule in words (it runs in UTC) and the next run in the chosen zone, UTC on hover. */
export function ScheduleCell({ job }: { job: JobSummary }) {
  const describeCron = useCronText();
  const cron = job.config?.schedule?.scheduleCron?.trim();
  if (!cron)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        No schedule (manual only)
      </Box>
    );
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
    <Box sx={{ minWidth: 180, maxWidth: 240 }}>
      <Hint title={`${cron} (UTC)`}>
        <span>{description?.text ?? cron} UTC</span>
      </Hint>
      <Box sx={{ typography: 'caption', color: 'text.secondary' }}>
        {state === 'enabled' && next ? (
          <>
            Next: <Time value={next} seconds={false} />
          </>
        ) : state === 'enabled' ? (
          'Next: unknown'
        ) : (
          `Not scheduled (${DEPLOYMENT_LOOK[state].label.toLowerCase()})`
        )}
      </Box>
    </Box>
  );
}

/** Share of the retained finished executions that succeeded (the service keeps ≤ 100, ≤ 14 days). */
export function SuccessRateCell({ job }: { job: JobSummary }) {
  const deployment = deploymentOf(job);
  const succeeded = deployment?.successfulExecutions ?? 0;
  const failed = deployment?.failedExecutions ?? 0;
  const total = succeeded + failed;
  if (total === 0)
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  const percent = Math.floor((succeeded / total) * 1000) / 10;
  return (
    <Hint
      title={`${formatNumber(succeeded)} succeeded, ${formatNumber(failed)} failed of ${countOf(total, 'finished execution')} the service still keeps (up to 100 per job, 14 days).`}
    >
      <Box component="span" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {percent}%
        {failed > 0 && (
          <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}>
            {failed} failed
          </Box>
        )}
      </Box>
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
