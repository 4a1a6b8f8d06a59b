import type { ReactNode } from 'react';
import { Hint } from '@/components/feedback/hint';

/**
 * Shows why an action is disabled, on hover and keyboard focus. A disabled button takes neither focus nor pointer
 * events, so the hint's own wrapper takes focus and carries the reason as the description.
 */
export function ReasonHint({ reason, children }: { reason: string | undefined; children: ReactNode }) {
  if (reason === undefined) return children;
  return <Hint title={reason}>{children}</Hint>;
}
