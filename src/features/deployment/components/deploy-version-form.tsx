import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { DataJobApiInfo, DataJobDeploymentStatus } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ReasonHint } from '@/components/permissions/reason-hint';
import type { DeployRequest, useDeployVersion } from '../hooks/use-deploy-version';
import { deployErrorTitle, uploadErrorTitle } from '../model/deploy-errors';
import { checkZipFile } from '../model/zip-file';
import { ZipDropZone } from './zip-drop-zone';

interface DeployVersionFormProps {
  deployment: DataJobDeploymentStatus | null;
  info: DataJobApiInfo | undefined;
  /** The /info request failed: Python versions are unknown. */
  infoError: unknown;
  onRetryInfo: () => void;
  flow: ReturnType<typeof useDeployVersion>;
  /** Why this user may not deploy (not a member of the team): the form stays readable, submitting is disabled. */
  disabledReason: string | undefined;
}

function defaultPython(deployment: DataJobDeploymentStatus | null, supported: readonly string[]): string {
  const current = deployment?.python_version;
  if (current && supported.includes(current)) return current;
  return supported.at(-1) ?? '';
}

/** Upload a zip of the job folder and deploy it with a supported Python version. */
export function DeployVersionForm({
  deployment,
  info,
  infoError,
  onRetryInfo,
  flow,
  disabledReason,
}: DeployVersionFormProps) {
  const supported = info?.supported_python_versions ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string>();
  const [python, setPython] = useDraft<string>('deploy-python', '');
  const [enabled, setEnabled] = useDraft<boolean>('deploy-enabled', deployment?.enabled ?? true);
  const pythonVersion = python && supported.includes(python) ? python : defaultPython(deployment, supported);

  const handleFile = async (chosen: File) => {
    setFile(chosen);
    const check = await checkZipFile(chosen);
    setFileProblem(check.ok ? undefined : check.reason);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || fileProblem || !pythonVersion) return;
    const request: DeployRequest = { zip: file, pythonVersion, enabled };
    flow.start(request);
  };
  const canSubmit = !disabledReason && !!file && !fileProblem && !!pythonVersion && !flow.isPending;

  return (
    <Stack component="form" spacing={2} onSubmit={handleSubmit} noValidate aria-label="Deploy a new version">
      <ZipDropZone
        file={file}
        onFile={(chosen) => void handleFile(chosen)}
        disabled={flow.isPending}
        problem={fileProblem}
      />
      {infoError ? (
        <ApiErrorAlert error={infoError} title="Could not read the supported Python versions" onRetry={onRetryInfo} />
      ) : (
        <TextField
          select
          label="Python version"
          value={pythonVersion}
          onChange={(event) => setPython(event.target.value)}
          helperText="The versions this Control Service supports (GET /info)."
          disabled={!info}
          sx={{ maxWidth: 320 }}
        >
          {supported.map((version) => (
            <MenuItem key={version} value={version}>
              {version}
            </MenuItem>
          ))}
        </TextField>
      )}
      <FormControlLabel
        control={<Checkbox checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />}
        label="Enabled: run on the job's schedule after deploying"
      />
      {flow.uploadError && <ApiErrorAlert error={flow.uploadError} title={uploadErrorTitle(flow.uploadError)} />}
      {flow.deployError && (
        <ApiErrorAlert error={flow.deployError} title={deployErrorTitle(flow.deployError, pythonVersion, supported)} />
      )}
      {flow.deployError !== null && (
        <Alert severity="info">The zip was uploaded; deploying again uploads it again, which is harmless.</Alert>
      )}
      <div>
        <ReasonHint reason={disabledReason}>
          <Button type="submit" variant="contained" disabled={!canSubmit}>
            {flow.step === 'uploading' ? 'Uploading…' : flow.step === 'deploying' ? 'Deploying…' : 'Upload and deploy'}
          </Button>
        </ReasonHint>
      </div>
    </Stack>
  );
}
