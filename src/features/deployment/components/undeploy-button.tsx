import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { useUndeploy } from '../hooks/use-deployment-changes';

export function UndeployButton({ jobRef }: { jobRef: JobRef }) {
  const { reason } = useWriteAccess(jobRef.team);
  const [open, setOpen] = useState(false);
  const undeploy = useUndeploy(jobRef);
  const close = () => {
    setOpen(false);
    undeploy.reset();
  };
  return (
    <>
      <ReasonHint reason={reason}>
        <Button
          color="error"
          variant="outlined"
          startIcon={<CloudOffOutlinedIcon />}
          disabled={reason !== undefined}
          onClick={() => setOpen(true)}
        >
          Undeploy
        </Button>
      </ReasonHint>
      <ConfirmDialog
        open={open}
        title={`Undeploy ${jobRef.job}?`}
        consequence={
          <>
            The deployment is removed:
            <Box component="ul" sx={{ my: 1 }}>
              <li>the job no longer runs on its schedule, and cannot be executed until it is deployed again;</li>
              <li>an execution running now continues;</li>
              <li>the job, its source versions, properties and history stay.</li>
            </Box>
          </>
        }
        confirmLabel="Undeploy"
        isDestructive
        isPending={undeploy.isPending}
        error={undeploy.error ? <ApiErrorAlert error={undeploy.error} title="Could not undeploy" /> : undefined}
        onConfirm={() => undeploy.mutate(undefined, { onSuccess: close })}
        onClose={close}
      />
    </>
  );
}
