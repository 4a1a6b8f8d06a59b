import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentMutations } from '@/api/deployments/mutations';
import type { JobRef } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';

/** A deploy the service accepted and that is not yet reported: kept per page so a reload keeps waiting. */
export interface AwaitedDeploy {
  version: string;
  pythonVersion: string;
  /** ms since epoch, when the service accepted it. */
  since: number;
}

export interface DeployRequest {
  zip: Blob;
  pythonVersion: string;
  enabled: boolean;
}

/**
 * Upload a zip (becomes a version) → deploy that version → wait. Each step's failure is kept for the
 * form, which keeps the chosen file and Python version.
 */
export function useDeployVersion(ref: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const upload = useMutation(deploymentMutations.uploadSources(client, ref));
  const deploy = useMutation(deploymentMutations.deploy(client, queryClient, ref));
  const [awaited, setAwaited, clearAwaited] = useDraft<AwaitedDeploy | null>(`deploy:${ref.team}/${ref.job}`, null);

  const start = async ({ zip, pythonVersion, enabled }: DeployRequest) => {
    upload.reset();
    deploy.reset();
    let version: string;
    try {
      version = await upload.mutateAsync(zip);
    } catch {
      return; // shown from upload.error
    }
    try {
      await deploy.mutateAsync({ job_version: version, python_version: pythonVersion, enabled });
    } catch {
      return; // shown from deploy.error
    }
    setAwaited({ version, pythonVersion, since: Date.now() });
  };

  return {
    start: (request: DeployRequest) => void start(request),
    isPending: upload.isPending || deploy.isPending,
    step: upload.isPending ? ('uploading' as const) : deploy.isPending ? ('deploying' as const) : undefined,
    uploadError: upload.error,
    deployError: deploy.error,
    awaited,
    /** Restart the timeout after the user chose to wait longer. */
    keepWaiting: () => setAwaited((previous) => (previous ? { ...previous, since: Date.now() } : previous)),
    /** Stop waiting (reported, or the user dismissed the notice). */
    finish: () => {
      setAwaited(null);
      clearAwaited();
    },
  };
}
