import { activeExecutionOf } from '@/api/jobs/job-summary';
import type { DataJobDeploymentStatus, JobRef, JobSummary, JobSummaryExecution } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ExecuteJobButton } from '@/components/job-actions/execute-job-button';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { RelativeTime } from '@/components/time/relative-time';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { DeleteJobButton } from './delete-job-button';
import { DeploymentStateChip } from './deployment-state-chip';
import { DownloadButton } from './download-button';
import { ExecuteWithArgsButton } from './execute-with-args-button';
import styles from './job-header.module.css';

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
          <Text variant="body2" color="text.secondary">
            started <RelativeTime value={active.startTime} />
          </Text>
        )}
        {active.id && (
          <Text variant="body2" as="span">
            <TextLink to={paths.execution({ ...jobRef, executionId: active.id })}>Open execution {active.id}</TextLink>
          </Text>
        )}
      </>
    );
  }
  if (!lastStatus) {
    return (
      <Text variant="body2" color="text.secondary">
        none yet
      </Text>
    );
  }
  return (
    <>
      <ExecutionStatusChip status={lastStatus} />
      {lastTime && (
        <Text variant="body2" color="text.secondary">
          ended <RelativeTime value={lastTime} />
        </Text>
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
    <header className={styles.header}>
      <Text variant="h4" as="h1" className={styles.name}>
        {jobRef.job}
      </Text>
      <div className={styles.facts}>
        <Text variant="body2">
          Team <strong>{jobRef.team}</strong>
        </Text>
        {deployment !== undefined && <DeploymentStateChip deployment={deployment} />}
        {deployment && (
          <div className={styles.lastExecution}>
            <Text variant="body2">Last execution</Text>
            <LastExecution jobRef={jobRef} summary={summary} />
          </div>
        )}
      </div>
      <div className={styles.actions} role="group" aria-label="Job actions">
        <ExecuteJobButton job={jobRef} disabledReason={cannotStart} />
        <ExecuteWithArgsButton jobRef={jobRef} disabledReason={cannotStart} />
        {deployment && <SetJobEnabledButton job={jobRef} enabled={deployment.enabled ?? false} />}
        <DownloadButton jobRef={jobRef} kind="keytab" />
        <DownloadButton jobRef={jobRef} kind="source" />
        <DeleteJobButton jobRef={jobRef} />
      </div>
    </header>
  );
}
