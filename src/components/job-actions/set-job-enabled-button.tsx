import { lazy, Suspense, useState } from 'react';
import type { JobRef } from '@/api/types';
import { Hint } from '@/components/feedback/hint';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { PauseCircleOutlinedIcon, PlayCircleOutlinedIcon } from '@/components/ui/icons';

const SetJobEnabledFlow = lazy(() => import('./set-job-enabled-flow'));

export interface SetJobEnabledButtonProps {
  job: JobRef;
  /** The deployment's current state; the button offers the other one. */
  enabled: boolean;
  /** An icon button for table rows instead of a text button. */
  compact?: boolean;
  onChanged?: (enabled: boolean) => void;
}

// Made once: a list's rows then share these elements, which React skips when a row renders again.
const ROW_ICONS = {
  enabled: <Icon icon={PauseCircleOutlinedIcon} fontSize="small" />,
  disabled: <Icon icon={PlayCircleOutlinedIcon} fontSize="small" />,
};

/** Enable or Disable the job's schedule, after a confirmation that states the consequence. */
export function SetJobEnabledButton({ job, enabled, compact = false, onChanged }: SetJobEnabledButtonProps) {
  const { reason } = useWriteAccess(job.team);
  const [open, setOpen] = useState(false);
  // The state asked for, fixed when the dialog opens: the refetch after a change flips `enabled`
  // before the dialog has closed, and the dialog must not turn into the opposite question.
  const [target, setTarget] = useState<boolean | null>(null);
  const label = enabled ? 'Disable' : 'Enable';
  const icon = enabled ? PauseCircleOutlinedIcon : PlayCircleOutlinedIcon;
  const handleClick = () => {
    setTarget(!enabled);
    setOpen(true);
  };
  return (
    <>
      {compact ? (
        <Hint title={reason ?? `${label} the schedule`} childIsFocusable={reason === undefined}>
          <IconButton size="small" label={`${label}: ${job.job}`} disabled={reason !== undefined} onClick={handleClick}>
            {ROW_ICONS[enabled ? 'enabled' : 'disabled']}
          </IconButton>
        </Hint>
      ) : (
        <ReasonHint reason={reason}>
          <Button
            variant="outlined"
            startIcon={<Icon icon={icon} />}
            disabled={reason !== undefined}
            onClick={handleClick}
          >
            {label}
          </Button>
        </ReasonHint>
      )}
      {target !== null && (
        <Suspense fallback={null}>
          <SetJobEnabledFlow
            job={job}
            enable={target}
            open={open}
            onClose={() => setOpen(false)}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </>
  );
}
