import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DataJobDeploymentStatus, JobRef, JobSummary } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ExecuteJobButton } from '@/components/job-actions/execute-job-button';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { RelativeTime } from '@/components/time/relative-time';
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

/** Who the job is, whether it runs, how it last ended, and what can be done to it. */
export function JobHeader({ jobRef, deployment, summary }: JobHeaderProps) {
  const lastStatus = summary?.deployments?.[0]?.lastExecutionStatus;
  const lastTime = summary?.deployments?.[0]?.lastExecutionTime;
  const notDeployed = deployment === null ? 'Not deployed: deploy a version first (Deployment tab).' : undefined;
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
            {lastStatus ? (
              <>
                <ExecutionStatusChip status={lastStatus} />
                {lastTime && (
                  <Typography variant="body2" color="text.secondary">
                    ended <RelativeTime value={lastTime} />
                  </Typography>
                )}
              </>
            ) : (
              <Typography variant="body2" color="text.secondary">
                none yet
              </Typography>
            )}
          </Stack>
        )}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label="Job actions">
        <ExecuteJobButton job={jobRef} disabledReason={notDeployed} />
        <ExecuteWithArgsButton jobRef={jobRef} disabledReason={notDeployed} />
        {deployment && <SetJobEnabledButton job={jobRef} enabled={deployment.enabled ?? false} />}
        <DownloadButton jobRef={jobRef} kind="keytab" />
        <DownloadButton jobRef={jobRef} kind="source" />
        <DeleteJobButton jobRef={jobRef} />
      </Stack>
    </Stack>
  );
}
