import DataObjectIcon from '@mui/icons-material/DataObject';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { JobRef } from '@/api/types';
import { ExecuteWithArgsDialog } from '@/components/execute-with-args/execute-with-args-dialog';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { paths } from '@/lib/paths';

/** "Execute with arguments…": the shared arguments editor; opens the new execution once it is accepted. */
export function ExecuteWithArgsButton({ jobRef, disabledReason }: { jobRef: JobRef; disabledReason?: string }) {
  const reason = useWriteAccess(jobRef.team).reason ?? disabledReason;
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <ReasonHint reason={reason}>
        <Button
          variant="outlined"
          startIcon={<DataObjectIcon />}
          disabled={reason !== undefined}
          onClick={() => setOpen(true)}
        >
          Execute with arguments…
        </Button>
      </ReasonHint>
      <ExecuteWithArgsDialog
        job={jobRef}
        open={open}
        onClose={() => setOpen(false)}
        onStarted={(executionId) => {
          setOpen(false);
          if (executionId) void navigate(paths.execution({ ...jobRef, executionId }));
        }}
      />
    </>
  );
}
