import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useJobRef } from '@/components/routing/use-job-ref';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { DeployProgress } from '../components/deploy-progress';
import { DeployVersionForm } from '../components/deploy-version-form';
import { DeploymentFacts } from '../components/deployment-facts';
import { ScheduleCheck } from '../components/schedule-check';
import { UndeployButton } from '../components/undeploy-button';
import { VdkVersionForm } from '../components/vdk-version-form';
import { useApiInfo } from '../hooks/use-api-info';
import { useDeployVersion } from '../hooks/use-deploy-version';
import { useDeployment } from '../hooks/use-deployment';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Deployment({ jobRef }: { jobRef: JobRef }) {
  const flow = useDeployVersion(jobRef);
  const deployment = useDeployment(jobRef, flow.awaited?.version);
  const info = useApiInfo(jobRef.team);
  const access = useWriteAccess(jobRef.team);

  if (deployment.isPending)
    return <Skeleton variant="rounded" height={200} role="progressbar" aria-label="Loading the deployment" />;
  if (deployment.isError) {
    return (
      <ApiErrorAlert
        error={deployment.error}
        title="Could not load the deployment"
        onRetry={() => void deployment.refetch()}
        isRetrying={deployment.isFetching}
      />
    );
  }
  const current = deployment.data;
  return (
    <Stack spacing={2}>
      {flow.awaited && (
        <DeployProgress
          awaited={flow.awaited}
          deployment={current}
          onDismiss={flow.finish}
          onKeepWaiting={flow.keepWaiting}
        />
      )}
      <Section title="Current deployment">
        {current ? (
          <Stack spacing={2}>
            <DeploymentFacts deployment={current} />
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <SetJobEnabledButton job={jobRef} enabled={current.enabled ?? false} />
              <UndeployButton jobRef={jobRef} />
            </Stack>
            <VdkVersionForm key={current.vdk_version} jobRef={jobRef} current={current.vdk_version} />
          </Stack>
        ) : (
          <EmptyState
            icon={<CloudOffOutlinedIcon />}
            headingLevel="h3"
            title="Not deployed"
            description="The job does not run on its schedule and cannot be executed. Deploy a version below."
          />
        )}
      </Section>
      <Section title="Deploy a new version">
        <Stack spacing={2}>
          <ScheduleCheck jobRef={jobRef} />
          <DeployVersionForm
            deployment={current}
            info={info.data}
            infoError={info.error}
            onRetryInfo={() => void info.refetch()}
            flow={flow}
            disabledReason={access.reason}
          />
        </Stack>
      </Section>
    </Stack>
  );
}

/** `/teams/:team/jobs/:job/deployment`: what runs, deploy a new version, enable/disable, VDK version, undeploy. */
export function DeploymentPage() {
  const { team, job } = useJobRef();
  // Keyed by the job: drafts and an awaited deploy never leak from one job to another.
  return <Deployment key={`${team}/${job}`} jobRef={{ team, job }} />;
}
