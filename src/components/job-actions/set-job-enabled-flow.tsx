import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { isOutcomeUnknown } from '@/api/write-outcome';
import type { JobRef } from '@/api/types';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { MuiScope } from '@/components/theme/mui-scope';
import { ActionErrorAlert } from './action-error-alert';
import { useSetJobEnabled } from './use-set-job-enabled';

export interface SetJobEnabledFlowProps {
  job: JobRef;
  /** The state to switch to. */
  enable: boolean;
  open: boolean;
  onClose: () => void;
  onChanged?: (enabled: boolean) => void;
}

const CONSEQUENCE = {
  enable: 'The job will be executed on its schedule again, from its next scheduled time. Nothing runs right away.',
  disable:
    'The job will no longer be executed on its schedule until it is enabled again. An execution that is running now continues, and you can still execute the job manually.',
};

/** The confirmation (stating the consequence) and its outcome, loaded on first use. */
export default function SetJobEnabledFlow({ job, enable, open, onClose, onChanged }: SetJobEnabledFlowProps) {
  const setEnabled = useSetJobEnabled(job);
  const [done, setDone] = useState<string | null>(null);
  const label = enable ? 'Enable' : 'Disable';
  const close = () => {
    onClose();
    setEnabled.reset();
  };
  // In the theme of the colour mode: the pages that show the button (the job list, the job's header) draw without MUI,
  // and the theme loads with this flow rather than with them.
  return (
    <MuiScope>
      <ConfirmDialog
        open={open}
        title={`${label} ${job.job}?`}
        consequence={enable ? CONSEQUENCE.enable : CONSEQUENCE.disable}
        confirmLabel={label}
        cancelLabel="Cancel"
        isPending={setEnabled.isPending}
        isConfirmBlocked={isOutcomeUnknown(setEnabled.error)}
        error={
          setEnabled.error ? (
            <ActionErrorAlert error={setEnabled.error} action={`${label.toLowerCase()} ${job.job}`} />
          ) : null
        }
        onClose={close}
        onConfirm={() =>
          setEnabled.mutate(
            { enabled: enable },
            {
              onSuccess: () => {
                close();
                setDone(`${job.job} is ${enable ? 'enabled' : 'disabled'}.`);
                onChanged?.(enable);
              },
            },
          )
        }
      />
      <Snackbar open={done !== null} autoHideDuration={6000} onClose={() => setDone(null)} message={done ?? ''} />
    </MuiScope>
  );
}
