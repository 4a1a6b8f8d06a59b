import { Suspense, useState } from 'react';
import type { ExecutionRef } from '@/api/types';
import { isActive } from '@/lib/execution-status';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { Button } from '@/components/ui/button';
import errorButton from '@/components/ui/button-error.module.css';
import { Icon } from '@/components/ui/icon';
import { CancelIcon } from '@/components/ui/icons';
import { useCancelExecution } from './use-cancel-execution';

const CancelExecutionDialog = lazyWithMui(() => import('./cancel-execution-dialog').then((module) => module.default));

interface CancelExecutionButtonProps {
  executionRef: ExecutionRef;
  /** The execution's current status: the button shows while it is submitted or running. */
  status: string | null | undefined;
  /** `row`: a small button in a table row, named after the execution; `page`: the execution page's action. */
  variant?: 'row' | 'page';
}

/**
 * Cancels one submitted or running execution after a confirmation: the same control on the execution page, in a
 * job's history and on the runs page. The button shows while the execution is active; the dialog stays when the
 * execution ends meanwhile, to say so. For a team the user is not in, the button is disabled with the reason.
 */
export function CancelExecutionButton(props: CancelExecutionButtonProps) {
  // Most rows are finished runs: they render nothing, not a mutation each (a page of rows paid for 25 of them). Once
  // the dialog has opened it stays mounted, to tell how it ended and to close gracefully.
  const [engaged, setEngaged] = useState(false);
  if (!engaged && !isActive(props.status)) return null;
  return <CancelControl {...props} onEngage={() => setEngaged(true)} />;
}

function CancelControl({
  executionRef,
  status,
  variant = 'row',
  onEngage,
}: CancelExecutionButtonProps & { onEngage: () => void }) {
  const cancel = useCancelExecution(executionRef);
  const [isConfirming, setIsConfirming] = useState(false);
  // The dialog (MUI, its own chunk) is mounted from the first press on, so that it closes with its transition.
  const [hasAsked, setHasAsked] = useState(false);
  const { reason } = useWriteAccess(executionRef.team);
  const open = () => {
    cancel.reset();
    setIsConfirming(true);
    setHasAsked(true);
    onEngage();
  };
  return (
    <>
      {isActive(status) && (
        <ReasonHint reason={reason}>
          <Button
            className={errorButton.error}
            startIcon={<Icon icon={CancelIcon} />}
            disabled={reason !== undefined}
            onClick={open}
            {...(variant === 'page'
              ? { variant: 'outlined' }
              : { size: 'small', 'aria-label': `Cancel execution ${executionRef.executionId}` })}
          >
            {variant === 'page' ? 'Cancel execution' : 'Cancel'}
          </Button>
        </ReasonHint>
      )}
      {hasAsked && (
        <Suspense fallback={null}>
          <CancelExecutionDialog
            executionId={executionRef.executionId}
            open={isConfirming}
            isPending={cancel.isPending}
            error={cancel.error}
            onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setIsConfirming(false) })}
            onClose={() => setIsConfirming(false)}
          />
        </Suspense>
      )}
    </>
  );
}
