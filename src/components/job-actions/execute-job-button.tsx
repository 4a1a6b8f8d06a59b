import { lazy, Suspense, useState } from 'react';
import type { JobRef } from '@/api/types';
import { Hint } from '@/components/feedback/hint';
import { usePageAction } from '@/components/page-actions/page-actions-context';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import { PlayArrowIcon } from '@/components/ui/icons';

const ExecuteJobFlow = lazy(() => import('./execute-job-flow'));

export interface ExecuteJobButtonProps {
  job: JobRef;
  /** Why the job cannot run now (e.g. it is not deployed): the button is disabled and says so. */
  disabledReason?: string;
  /** An icon button for table rows instead of a text button. */
  compact?: boolean;
  /** Arguments for the run (`job_input.get_arguments()`), shown in the confirmation; none by default. */
  args?: Record<string, unknown>;
  onStarted?: (executionId: string | undefined) => void;
}

const LABEL = 'Execute now';
// Made once: a list's rows then share one element, which React skips when a row renders again.
const ROW_ICON = <Icon icon={PlayArrowIcon} fontSize="small" />;

/** "Execute now" after a confirmation that says what will happen; links to the new execution. */
export function ExecuteJobButton({ job, disabledReason, compact = false, args, onStarted }: ExecuteJobButtonProps) {
  const access = useWriteAccess(job.team);
  const reason = access.reason ?? disabledReason;
  const [open, setOpen] = useState(false);
  // Mounted from the first click on, so the outcome (snackbar) outlives the dialog.
  const [isUsed, setIsUsed] = useState(false);
  const isDisabled = reason !== undefined;
  const handleClick = () => {
    setIsUsed(true);
    setOpen(true);
  };
  // The page's own button (not a row's) is also the palette's "Execute now".
  usePageAction(compact ? undefined : { label: `${LABEL}: ${job.job}`, run: handleClick, disabledReason: reason });
  const trigger = compact ? (
    <IconButton size="small" label={`${LABEL}: ${job.job}`} disabled={isDisabled} onClick={handleClick}>
      {ROW_ICON}
    </IconButton>
  ) : (
    <Button variant="outlined" startIcon={<Icon icon={PlayArrowIcon} />} disabled={isDisabled} onClick={handleClick}>
      {LABEL}
    </Button>
  );
  return (
    <>
      {/* A disabled button takes no focus or pointer events: the hint's own wrapper keeps the reason reachable. */}
      <Hint title={reason ?? LABEL} childIsFocusable={!isDisabled}>
        {trigger}
      </Hint>
      {isUsed && (
        <Suspense fallback={null}>
          <ExecuteJobFlow job={job} args={args} open={open} onClose={() => setOpen(false)} onStarted={onStarted} />
        </Suspense>
      )}
    </>
  );
}
