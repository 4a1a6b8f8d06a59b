import { useEffect } from 'react';
import { holdFirstContent } from '@/lib/after-first-content';

/**
 * Holds back what waits for the page's first content (src/lib/after-first-content.ts) while `holding`: for a page
 * whose first content comes after more work than its first answer.
 */
export function useHoldFirstContent(holding: boolean): void {
  useEffect(() => (holding ? holdFirstContent() : undefined), [holding]);
}
