import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { FormEvent } from 'react';
import type { JobRef } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { usePatchDeployment } from '../hooks/use-deployment-changes';

/** Changes the VDK version of the deployment in place (PATCH; the job version stays). */
export function VdkVersionForm({ jobRef, current }: { jobRef: JobRef; current: string | undefined }) {
  const [value, setValue, clear] = useDraft<string>('vdk-version', current ?? '');
  const patch = usePatchDeployment(jobRef);
  const { reason } = useWriteAccess(jobRef.team);
  const trimmed = value.trim();
  const problem = trimmed === '' ? 'Enter a VDK version (an image tag, e.g. "release" or "0.3.1").' : undefined;
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (problem || trimmed === current) return;
    patch.mutate({ vdk_version: trimmed }, { onSuccess: clear });
  };
  return (
    <Stack component="form" spacing={1} onSubmit={handleSubmit} noValidate aria-label="Change the VDK version">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="VDK version"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={problem !== undefined}
          helperText={problem ?? 'The VDK image the job runs with. Applied right away.'}
          size="small"
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <ReasonHint reason={reason}>
          <Button
            type="submit"
            variant="outlined"
            disabled={reason !== undefined || !!problem || trimmed === current || patch.isPending}
          >
            {patch.isPending ? 'Changing…' : 'Change VDK version'}
          </Button>
        </ReasonHint>
      </Stack>
      {patch.isSuccess && trimmed === current && <span role="status">VDK version changed to {current}.</span>}
      {patch.error && <ApiErrorAlert error={patch.error} title="Could not change the VDK version" />}
    </Stack>
  );
}
