import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import { activeExecutionOf } from '@/api/jobs/job-summary';
import type { DataJobDeploymentStatus, JobRef, JobSummary, JobSummaryExecution } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ExecuteJobButton } from '@/components/job-actions/execute-job-button';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { RelativeTime } from '@/components/time/relative-time';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { DeleteJobButton } from './delete-job-button';
import { DeploymentStateChip } from './deployment-state-chip';
import { DownloadButton } from './download-button';
import { ExecuteWithArgsButton } from './execute-with-args-button';

interface JobHeaderProps {
  jobRef: JobRef;
  /** undefined while loading; null when not deployed. */
  deployment: DataJobDeploymentStatus | null | undefined;
  summary: JobSummary | null | undefined;
}

/** Why "Execute now" waits: the service refuses a second run while one is submitted or running (409). */
const busyReason = (active: JobSummaryExecution) =>
  `${executionStatusLabel(active.status)} now (${active.id}): the Control Service starts one execution at a time. Wait for it to end, or cancel it.`;

/** The run going on now, with a way to it; else the last finished one. */
function LastExecution({ jobRef, summary }: { jobRef: JobRef; summary: JobSummary | null | undefined }) {
  const active = summary ? activeExecutionOf(summary) : undefined;
  const lastStatus = summary?.deployments?.[0]?.lastExecutionStatus;
  const lastTime = summary?.deployments?.[0]?.lastExecutionTime;
  if (active) {
    return (
      <>
        <ExecutionStatusChip status={active.status} />
        {active.startTime && (
          <Typography variant="body2" color="text.secondary">
            started <RelativeTime value={active.startTime} />
          </Typography>
        )}
        {active.id && (
          <Link component={RouterLink} to={paths.execution({ ...jobRef, executionId: active.id })} variant="body2">
            Open execution {active.id}
          </Link>
        )}
      </>
    );
  }
  if (!lastStatus) {
    return (
      <Typography variant="body2" color="text.secondary">
        none yet
      </Typography>
    );
  }
  return (
    <>
      <ExecutionStatusChip status={lastStatus} />
      {lastTime && (
        <Typography variant="body2" color="text.secondary">
          ended <RelativeTime value={lastTime} />
        </Typography>
      )}
    </>
  );
}

/** Who the job is, whether it runs, how it last ended, and what can be done to it. */
export function JobHeader({ jobRef, deployment, summary }: JobHeaderProps) {
  const active = summary ? activeExecutionOf(summary) : undefined;
  const notDeployed = deployment === null ? 'Not deployed: deploy a version first (Deployment tab).' : undefined;
  const cannotStart = notDeployed ?? (active ? busyReason(active) : undefined);
  return (
    <Stack component="header" spacing={1.5} sx={{ mb: 2 }}>
      <Typography variant="h4" component="h1" sx={{ wordBreak: 'break-all' }}>
        {jobRef.job}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">
          Team <strong>{jobRef.team}</strong>
        </Typography>
        {deployment !== undefined && <DeploymentStateChip deployment={deployment} />}
        {deployment && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">Last execution</Typography>
            <LastExecution jobRef={jobRef} summary={summary} />
          </Stack>
        )}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label="Job actions">
        <ExecuteJobButton job={jobRef} disabledReason={cannotStart} />
        <ExecuteWithArgsButton jobRef={jobRef} disabledReason={cannotStart} />
        {deployment && <SetJobEnabledButton job={jobRef} enabled={deployment.enabled ?? false} />}
        <DownloadButton jobRef={jobRef} kind="keytab" />
        <DownloadButton jobRef={jobRef} kind="source" />
        <DeleteJobButton jobRef={jobRef} />
      </Stack>
    </Stack>
  );
}
