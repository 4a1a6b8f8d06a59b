import { Suspense, useState } from 'react';
import type { JobRef } from '@/api/types';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { Button } from '@/components/ui/button';
import errorButton from '@/components/ui/button-error.module.css';
import { Icon } from '@/components/ui/icon';
import { DeleteOutlinedIcon } from '@/components/ui/icons';

const DeleteJobFlow = lazyWithMui(() => import('./delete-job-flow').then((module) => module.default));

/** Delete, after saying what is lost and having the name typed; then back to the team's jobs. */
export function DeleteJobButton({ jobRef }: { jobRef: JobRef }) {
  const { reason } = useWriteAccess(jobRef.team);
  const [open, setOpen] = useState(false);
  // The dialog is mounted from the first press on, so that it closes with its transition.
  const [hasAsked, setHasAsked] = useState(false);
  return (
    <>
      <ReasonHint reason={reason}>
        <Button
          className={errorButton.error}
          variant="outlined"
          startIcon={<Icon icon={DeleteOutlinedIcon} />}
          disabled={reason !== undefined}
          onClick={() => {
            setHasAsked(true);
            setOpen(true);
          }}
        >
          Delete job
        </Button>
      </ReasonHint>
      {hasAsked && (
        <Suspense fallback={null}>
          <DeleteJobFlow jobRef={jobRef} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
