import Box from '@mui/material/Box';
import type { DataJobDeploymentStatus } from '@/api/types';
import { Fact, Facts } from '@/components/facts/facts';
import { CopyButton } from '@/components/feedback/copy-button';
import { Time } from '@/components/time/time';

const NOT_REPORTED = 'Not reported by the Control Service';

function resourcesText(resources: DataJobDeploymentStatus['resources']): string {
  if (!resources) return NOT_REPORTED;
  const { cpu_request, cpu_limit, memory_request, memory_limit } = resources;
  const cpu =
    cpu_request != null || cpu_limit != null ? `CPU ${cpu_request ?? '?'} – ${cpu_limit ?? '?'} cores` : undefined;
  const memory =
    memory_request != null || memory_limit != null
      ? `memory ${memory_request ?? '?'} – ${memory_limit ?? '?'} MB`
      : undefined;
  return [cpu, memory].filter(Boolean).join(', ') || NOT_REPORTED;
}

/** What is deployed now, as the service reports it. */
export function DeploymentFacts({ deployment }: { deployment: DataJobDeploymentStatus }) {
  return (
    <Facts label="Current deployment">
      <Fact label="Job version">
        {deployment.job_version ? (
          <>
            <Box component="code" sx={{ mr: 1 }}>
              {deployment.job_version}
            </Box>
            <CopyButton text={deployment.job_version} label="Copy job version" iconOnly />
          </>
        ) : (
          NOT_REPORTED
        )}
      </Fact>
      <Fact label="VDK version">{deployment.vdk_version || NOT_REPORTED}</Fact>
      <Fact label="Python version">{deployment.python_version || NOT_REPORTED}</Fact>
      <Fact label="Schedule">
        {deployment.enabled ? 'Enabled: runs on its schedule' : 'Disabled: runs only when started by hand'}
      </Fact>
      <Fact label="Last deployed">
        <Time value={deployment.last_deployed_date} fallback={deployment.last_deployed_date || NOT_REPORTED} />
        {deployment.last_deployed_by ? ` by ${deployment.last_deployed_by}` : ''}
      </Fact>
      <Fact label="Resources">{resourcesText(deployment.resources)}</Fact>
    </Facts>
  );
}
