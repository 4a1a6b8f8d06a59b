import type { DataJobConfig, DataJobContacts, JobRef } from '@/api/types';
import { paths, withSearch } from '@/lib/paths';

/**
 * The job overview's editors a link can open: `?edit=<editor>&field=<field>` opens that section's editor with the
 * field focused, as the team home's notification coverage does for a job's contacts. The job page reads the link
 * (src/features/job/hooks/use-editor-link.ts).
 */
export type LinkedEditor = 'contacts' | 'settings';

/** A field of the job's config or contacts: the name of its control in the editor. */
export type EditorField = keyof DataJobConfig | keyof DataJobContacts;

/**
 * Not in paths.ts, which loads before every page's first content, and only the pages linking here import it: a module
 * the job page imported as well would become a chunk of its own, which the entry names (bytes on every first visit).
 */
export const jobEditorPath = (ref: JobRef, editor: LinkedEditor, field?: EditorField) =>
  withSearch(paths.job(ref), { edit: editor, field });
