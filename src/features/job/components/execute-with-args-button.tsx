import { Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { JobRef } from '@/api/types';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { DataObjectIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';

// The editor (MUI's dialog and fields) loads when it is opened: the job's header draws without MUI.
const ExecuteWithArgsDialog = lazyWithMui(() =>
  import('@/components/execute-with-args/execute-with-args-dialog').then((module) => module.ExecuteWithArgsDialog),
);

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
          startIcon={<Icon icon={DataObjectIcon} />}
          disabled={reason !== undefined}
          onClick={() => setOpen(true)}
        >
          Execute with arguments…
        </Button>
      </ReasonHint>
      {open && (
        <Suspense fallback={null}>
          <ExecuteWithArgsDialog
            job={jobRef}
            open
            onClose={() => setOpen(false)}
            onStarted={(executionId) => {
              setOpen(false);
              if (executionId) void navigate(paths.execution({ ...jobRef, executionId }));
            }}
          />
        </Suspense>
      )}
    </>
  );
}
