import Box from '@mui/material/Box';
import { useNavigate } from 'react-router';
import { isOutcomeUnknown } from '@/api/write-outcome';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { withNotice } from '@/components/feedback/flash-state';
import { paths } from '@/lib/paths';
import { useDeleteJob } from '../hooks/use-delete-job';

export interface DeleteJobFlowProps {
  jobRef: JobRef;
  open: boolean;
  onClose: () => void;
}

/**
 * The question before a delete (what is lost, the name typed) and its outcome, then back to the team's jobs; loaded
 * on the first press (MUI's dialog stays off the job's pages).
 */
export default function DeleteJobFlow({ jobRef, open, onClose }: DeleteJobFlowProps) {
  const remove = useDeleteJob(jobRef);
  const navigate = useNavigate();
  const handleConfirm = () =>
    remove.mutate(undefined, {
      onSuccess: () =>
        void navigate(paths.jobs({ team: jobRef.team }), {
          replace: true,
          state: withNotice(`Job ${jobRef.job} of team ${jobRef.team} was deleted.`),
        }),
    });
  return (
    <ConfirmDialog
      open={open}
      title={`Delete ${jobRef.job}?`}
      consequence={
        <>
          This permanently deletes the data job <strong>{jobRef.job}</strong> of team {jobRef.team}. Lost with it:
          <Box component="ul" sx={{ my: 1 }}>
            <li>its deployment: it stops running on its schedule (an execution running now continues);</li>
            <li>its execution history;</li>
            <li>its source code in the Control Service's repository;</li>
            <li>its credentials: the keytab stops working;</li>
            <li>its properties (state): copy them first if you need them.</li>
          </Box>
          This cannot be undone.
        </>
      }
      confirmLabel="Delete job"
      typeToConfirm={jobRef.job}
      isDestructive
      isPending={remove.isPending}
      isConfirmBlocked={isOutcomeUnknown(remove.error)}
      error={remove.error ? <ApiErrorAlert error={remove.error} title="Could not delete the job" /> : undefined}
      onConfirm={handleConfirm}
      onClose={() => {
        onClose();
        remove.reset();
      }}
    />
  );
}
