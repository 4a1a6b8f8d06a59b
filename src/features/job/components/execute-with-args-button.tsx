import DataObjectIcon from '@mui/icons-material/DataObject';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { JobRef } from '@/api/types';
import { ExecuteWithArgsDialog } from '@/components/execute-with-args/execute-with-args-dialog';
import { paths } from '@/lib/paths';

/** "Execute with arguments…": the shared arguments editor; opens the new execution once it is accepted. */
export function ExecuteWithArgsButton({ jobRef, disabled }: { jobRef: JobRef; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button variant="outlined" startIcon={<DataObjectIcon />} disabled={disabled} onClick={() => setOpen(true)}>
        Execute with arguments…
      </Button>
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
