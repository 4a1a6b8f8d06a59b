import { useEffect } from 'react';

export const PRODUCT_NAME = 'VDK Dashboard';

/**
 * Sets the tab title, most specific part first: `useDocumentTitle(job, team)` → "ingest · data-platform · VDK Dashboard".
 * Empty parts are skipped.
 */
export function useDocumentTitle(...parts: (string | undefined | null)[]): void {
  const title = [...parts.filter((part): part is string => Boolean(part)), PRODUCT_NAME].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
