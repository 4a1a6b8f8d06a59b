import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useId } from 'react';
import type { DataJobDeploymentStatus } from '@/api/types';
import { useNow } from '@/components/time/use-now';
import { formatDuration } from '@/lib/time';
import type { AwaitedDeploy } from '../hooks/use-deploy-version';

/** The real service builds an image before it updates the CronJob; a few minutes is normal. */
export const DEPLOY_TIMEOUT_MS = 5 * 60_000;

interface DeployProgressProps {
  awaited: AwaitedDeploy;
  deployment: DataJobDeploymentStatus | null | undefined;
  onDismiss: () => void;
  onKeepWaiting: () => void;
}

const short = (version: string) => version.slice(0, 12);

/** "Deploying" until the deployment reports the awaited version; after a timeout, says where to look. */
export function DeployProgress({ awaited, deployment, onDismiss, onKeepWaiting }: DeployProgressProps) {
  const isDone = deployment?.job_version === awaited.version;
  const now = useNow(1000, !isDone);
  const elapsedMs = now.getTime() - awaited.since;
  const titleId = useId();

  if (isDone) {
    return (
      <Alert
        severity="success"
        role="status"
        aria-labelledby={titleId}
        action={
          <Button color="inherit" size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      >
        <AlertTitle id={titleId}>Deployed</AlertTitle>
        Version <code>{short(awaited.version)}</code> with Python {deployment?.python_version} is now the job's
        deployment.
      </Alert>
    );
  }
  if (elapsedMs > DEPLOY_TIMEOUT_MS) {
    return (
      <Alert
        severity="warning"
        role="alert"
        aria-labelledby={titleId}
        action={
          <>
            <Button color="inherit" size="small" onClick={onKeepWaiting}>
              Keep waiting
            </Button>
            <Button color="inherit" size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          </>
        }
      >
        <AlertTitle id={titleId}>
          Version {short(awaited.version)} is not reported yet: the deploy may have failed
        </AlertTitle>
        The Control Service accepted the deploy {formatDuration(elapsedMs / 1000)} ago but still reports
        {deployment?.job_version ? (
          <>
            {' '}
            version <code>{short(deployment.job_version)}</code>
          </>
        ) : (
          ' no deployment'
        )}
        . It has no API for deploy progress or failures: it e-mails the result to the job's “On deploy” contacts, and
        its administrators see the failure in its logs (and the data-job builder's logs). Check those, fix the job (for
        example an invalid schedule or a failing build of requirements.txt), and deploy again.
      </Alert>
    );
  }
  return (
    <Alert severity="info" role="status" aria-labelledby={titleId} icon={<CircularProgress size={20} aria-hidden />}>
      <AlertTitle id={titleId}>Deploying version {short(awaited.version)}…</AlertTitle>
      The Control Service applies deploys in the background (it builds the job's image first). This page checks every
      few seconds and says when the new version is reported. Elapsed: {formatDuration(elapsedMs / 1000)}.
    </Alert>
  );
}
