import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DataJob, DataJobContacts, JobRef } from '@/api/types';
import type { EditorLinkTarget } from '../hooks/use-editor-link';
import { useJobSectionEditor } from '../hooks/use-job-section-editor';
import {
  CONTACT_LISTS,
  CONTACTS_HELP,
  invalidAddresses,
  joinAddresses,
  splitAddresses,
  type ContactField,
} from '@/components/contacts/contact-lists';
import { Fact, Facts } from '@/components/facts/facts';
import { EditableSection } from './editable-section';

/** The lists as typed (one address per line), so half-typed input survives until saved. */
type ContactsDraft = Record<ContactField, string>;

const read = (job: DataJob): ContactsDraft =>
  Object.fromEntries(
    CONTACT_LISTS.map(({ field }) => [field, joinAddresses(job.config.contacts?.[field])]),
  ) as ContactsDraft;

const apply = (job: DataJob, draft: ContactsDraft): DataJob => {
  const contacts: DataJobContacts = { ...job.config.contacts };
  for (const { field } of CONTACT_LISTS) contacts[field] = splitAddresses(draft[field]);
  return { ...job, config: { ...job.config, contacts } };
};

function problemOf(text: string): string | undefined {
  const invalid = invalidAddresses(splitAddresses(text));
  if (invalid.length === 0) return undefined;
  return `Not an e-mail address: ${invalid.join(', ')}`;
}

function ContactsView({ contacts }: { contacts: DataJobContacts | undefined }) {
  return (
    <Facts>
      {CONTACT_LISTS.map(({ field, label }) => {
        const list = contacts?.[field] ?? [];
        return (
          <Fact key={field} label={label} muted={list.length === 0}>
            {list.length ? list.join(', ') : 'Nobody is notified'}
          </Fact>
        );
      })}
    </Facts>
  );
}

interface ContactsSectionProps {
  jobRef: JobRef;
  job: DataJob;
  /** Set while the URL links to the contacts editor (the team home's notification coverage does). */
  link?: EditorLinkTarget;
}

export function ContactsSection({ jobRef, job, link }: ContactsSectionProps) {
  const editor = useJobSectionEditor({ ref: jobRef, section: 'contacts', read, apply });
  const draft = editor.value;
  const problems = draft ? CONTACT_LISTS.map(({ field }) => problemOf(draft[field])) : [];
  return (
    <EditableSection
      title="Notifications"
      job={job}
      editor={editor}
      canSave={problems.every((problem) => problem === undefined)}
      hint="Who gets an e-mail from the Control Service, and when."
      view={<ContactsView contacts={job.config.contacts} />}
      link={link}
      form={
        draft && (
          <Stack spacing={2}>
            {CONTACT_LISTS.map(({ field, label }, index) => (
              <TextField
                key={field}
                name={field}
                label={label}
                value={draft[field]}
                onChange={(event) => editor.change({ ...draft, [field]: event.target.value })}
                error={problems[index] !== undefined}
                helperText={problems[index] ?? CONTACTS_HELP}
                multiline
                minRows={2}
                fullWidth
              />
            ))}
          </Stack>
        )
      }
    />
  );
}
