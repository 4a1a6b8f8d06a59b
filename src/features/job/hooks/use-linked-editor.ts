import { type RefObject, useEffect, useEffectEvent, useRef } from 'react';
import type { DataJob } from '@/api/types';
import type { EditorLinkTarget } from './use-editor-link';
import type { SectionEditor } from './use-job-section-editor';

interface LinkedEditorOptions<T> {
  /** Set while the URL links to this section's editor. */
  link: EditorLinkTarget | undefined;
  editor: SectionEditor<T>;
  job: DataJob;
  canEdit: boolean;
  section: RefObject<HTMLElement | null>;
  form: RefObject<HTMLFormElement | null>;
}

/** The control named `name`, else the first one a keyboard reaches (MUI's hidden sizing textarea is not one). */
function focusTarget(form: HTMLFormElement, name: string | undefined): HTMLElement | undefined {
  const named = name ? form.elements.namedItem(name) : null;
  if (named instanceof HTMLElement) return named;
  return [...form.elements].find(
    (control): control is HTMLElement => control instanceof HTMLElement && control.tabIndex >= 0,
  );
}

/**
 * A link to a section's editor opens it and puts focus in it, on the linked field, so that keyboard and screen-reader
 * users start where the link promised; focus scrolls it into view. Someone who may not edit the job gets the section
 * focused instead, where the disabled Edit says why. Once the editor closes (saved or cancelled), the link is done.
 */
export function useLinkedEditor<T>({ link, editor, job, canEdit, section, form }: LinkedEditorOptions<T>) {
  const wasOpened = useRef(false);
  const follow = useEffectEvent(() => {
    if (!link) return;
    if (editor.isEditing) {
      wasOpened.current = true;
      if (form.current) focusTarget(form.current, link.field)?.focus();
    } else if (wasOpened.current) {
      wasOpened.current = false;
      link.done();
    } else if (canEdit) {
      editor.start(job);
    } else {
      section.current?.focus();
    }
  });
  const isLinked = link !== undefined;
  // Follows the link on arrival and on each opening or closing of the editor, not on every render.
  useEffect(() => follow(), [isLinked, editor.isEditing]);
}
