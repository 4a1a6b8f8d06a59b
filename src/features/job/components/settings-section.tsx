import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DataJob, JobRef } from '@/api/types';
import { Fact, Facts } from '@/components/facts/facts';
import { safeHttpUrl } from '@/lib/safe-url';
import type { EditorLinkTarget } from '../hooks/use-editor-link';
import { useJobSectionEditor } from '../hooks/use-job-section-editor';
import { EditableSection } from './editable-section';

interface SettingsDraft {
  generateKeytab: boolean;
  notifications: boolean;
  delayMinutes: string;
}

const read = (job: DataJob): SettingsDraft => ({
  generateKeytab: job.config.generate_keytab,
  notifications: job.config.enable_execution_notifications,
  delayMinutes: String(job.config.notification_delay_period_minutes ?? ''),
});

const apply = (job: DataJob, draft: SettingsDraft): DataJob => ({
  ...job,
  config: {
    ...job.config,
    generate_keytab: draft.generateKeytab,
    enable_execution_notifications: draft.notifications,
    notification_delay_period_minutes: Number(draft.delayMinutes),
  },
});

function delayProblem(text: string): string | undefined {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0) return 'A whole number of minutes, 0 or more.';
  if (value > 2_147_483_647) return 'Too large.';
  return undefined;
}

interface SettingsSectionProps {
  jobRef: JobRef;
  job: DataJob;
  /** From the deployment; undefined when the job is not deployed. */
  pythonVersion: string | undefined;
  sourceUrl: string | null | undefined;
  /** Set while the URL links to the settings editor (the team home's switched-off notifications do). */
  link?: EditorLinkTarget;
}

export function SettingsSection({ jobRef, job, pythonVersion, sourceUrl, link }: SettingsSectionProps) {
  const editor = useJobSectionEditor({ ref: jobRef, section: 'settings', read, apply });
  const draft = editor.value;
  const problem = draft ? delayProblem(draft.delayMinutes) : undefined;
  const sourceLink = safeHttpUrl(sourceUrl);
  return (
    <EditableSection
      title="Settings"
      job={job}
      editor={editor}
      canSave={problem === undefined}
      link={link}
      view={
        <Facts>
          <Fact label="Python version">{pythonVersion ?? 'Not deployed'}</Fact>
          <Fact label="Source">
            {sourceLink ? (
              <Link href={sourceLink} target="_blank" rel="noopener noreferrer">
                {sourceLink}
              </Link>
            ) : sourceUrl ? (
              `${sourceUrl} (not an http(s) link)`
            ) : (
              'No source link reported by the Control Service'
            )}
          </Fact>
          <Fact label="Generate keytab">{job.config.generate_keytab ? 'Yes' : 'No'}</Fact>
          <Fact label="Execution notifications">{job.config.enable_execution_notifications ? 'On' : 'Off'}</Fact>
          <Fact label="Delay alert after">{job.config.notification_delay_period_minutes} minutes</Fact>
        </Facts>
      }
      form={
        draft && (
          <Stack spacing={1} sx={{ maxWidth: 420 }}>
            <FormControlLabel
              control={
                <Checkbox
                  name="generate_keytab"
                  checked={draft.generateKeytab}
                  onChange={(event) => editor.change({ ...draft, generateKeytab: event.target.checked })}
                />
              }
              label="Generate keytab"
            />
            <FormControlLabel
              control={
                <Checkbox
                  name="enable_execution_notifications"
                  checked={draft.notifications}
                  onChange={(event) => editor.change({ ...draft, notifications: event.target.checked })}
                />
              }
              label="Execution notifications"
            />
            <TextField
              name="notification_delay_period_minutes"
              label="Delay alert after (minutes)"
              value={draft.delayMinutes}
              onChange={(event) => editor.change({ ...draft, delayMinutes: event.target.value })}
              error={problem !== undefined}
              helperText={problem ?? 'Alert when a run is this late against its schedule.'}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Stack>
        )
      }
    />
  );
}
