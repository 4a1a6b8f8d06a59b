import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LinkedEditor } from '@/components/routing/job-editor-link';
import type { RejectedParam } from '@/lib/search-params';

/** The editors of the overview that follow a link (ContactsSection, SettingsSection). */
const LINKED_EDITORS = ['contacts', 'settings'] as const satisfies readonly LinkedEditor[];

/** What a section does with a link to its editor (`useLinkedEditor`). */
export interface EditorLinkTarget {
  /** The control to focus, by name. A name the editor lacks (a field renamed since) focuses its first control. */
  field: string | undefined;
  /** The linked editor was closed: the link is dropped, so that a reload shows the section as it is now. */
  done: () => void;
}

/**
 * The job overview's link into one of its editors (`jobEditorPath`), read from the URL so that it works from any
 * page, in a new tab and after a reload. An editor the page does not have is reported and ignored.
 */
export function useEditorLink() {
  const [params, setParams] = useSearchParams();
  const { editor, field, rejected } = useMemo(() => {
    // Read by hand, not with paramReader: its schema library would be one more chunk named by the entry.
    const raw = params.get('edit') ?? '';
    const linked = LINKED_EDITORS.find((name) => name === raw);
    const rejected: RejectedParam[] = raw && !linked ? [{ name: 'edit', value: raw }] : [];
    return { editor: linked, field: params.get('field') ?? undefined, rejected };
  }, [params]);
  const drop = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('edit');
          next.delete('field');
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const targetOf = useCallback(
    (section: LinkedEditor): EditorLinkTarget | undefined => (section === editor ? { field, done: drop } : undefined),
    [editor, field, drop],
  );
  return { targetOf, rejected, drop };
}
