import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { useDraft } from '@/components/forms/use-draft';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { CONTACT_LISTS, CONTACTS_HELP, type ContactField } from '@/components/contacts/contact-lists';
import { checkNewJob, emptyNewJob, JOB_NAME_RULE, toDataJob } from '../model/new-job';
import { serviceFieldError, useCreateJob } from '../hooks/use-create-job';
import { SchedulePreview } from '@/components/schedule/schedule-preview';

interface CreateJobDialogProps {
  defaultTeam: string | undefined;
  /** Teams to suggest; any team name can be typed. */
  teams: readonly string[];
  onClose: () => void;
  /** `existed`: a job of that name with these settings was already there (or an earlier attempt made it). */
  onCreated: (job: { team: string; job: string; existed: boolean }) => void;
}

/**
 * "Create job": each field checked as it is typed with the service's own rules, the schedule
 * explained in words with its next runs, and the service's refusals (name taken, invalid data)
 * shown on the field they concern. What was typed survives a failure, a re-login and a reload.
 */
export default function CreateJobDialog({ defaultTeam, teams, onClose, onCreated }: CreateJobDialogProps) {
  const [form, setForm, clearDraft, isRestored] = useDraft('create-job', emptyNewJob(defaultTeam ?? ''));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(isRestored ? ['name', 'team'] : []));
  const create = useCreateJob(form.team.trim());
  const titleId = useId();
  const teamListId = useId();
  const errors = checkNewJob(form);
  const serverError = create.error ? serviceFieldError(create.error, form.name) : undefined;
  const showError = (field: keyof typeof errors) => (touched.has(field) ? errors[field] : undefined);
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));

  const setContact = (field: ContactField, value: string) =>
    setForm((previous) => ({ ...previous, contacts: { ...previous.contacts, [field]: value } }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(['name', 'team', 'schedule', ...CONTACT_LISTS.map(({ field }) => field)]));
    if (Object.keys(errors).length > 0 || create.isPending || isOutcomeUnknown(create.error)) return;
    const job = toDataJob(form);
    create.mutate(job, {
      onSuccess: ({ existed }) => {
        clearDraft();
        onCreated({ team: job.team ?? form.team, job: job.job_name, existed });
      },
    });
  };

  const handleCancel = () => {
    // An explicit Cancel discards the form; closing by Escape or outside keeps it as a draft.
    clearDraft();
    onClose();
  };

  const nameError = showError('name') ?? serverError?.name;
  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>Create job</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {isRestored && <Alert severity="info">Restored what you had typed before.</Alert>}
            <TextField
              label="Name"
              required
              value={form.name}
              onChange={(event) => {
                setForm((previous) => ({ ...previous, name: event.target.value }));
                touch('name');
                if (create.error) create.reset();
              }}
              error={nameError !== undefined}
              helperText={nameError ? `${nameError} Rule: ${JOB_NAME_RULE}` : JOB_NAME_RULE}
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false, maxLength: 60 } }}
            />
            <TextField
              label="Team"
              required
              value={form.team}
              onChange={(event) => setForm((previous) => ({ ...previous, team: event.target.value }))}
              onBlur={() => touch('team')}
              error={showError('team') !== undefined || serverError?.team !== undefined}
              helperText={showError('team') ?? serverError?.team ?? 'The team that owns the job.'}
              slotProps={{ htmlInput: { list: teamListId, autoComplete: 'off' } }}
            />
            <datalist id={teamListId}>
              {teams.map((team) => (
                <option key={team} value={team} />
              ))}
            </datalist>
            <TextField
              label="Description"
              value={form.description}
              onChange={(event) => setForm((previous) => ({ ...previous, description: event.target.value }))}
              multiline
              minRows={2}
            />
            <Box>
              <TextField
                label="Schedule (cron, UTC)"
                fullWidth
                value={form.schedule}
                onChange={(event) => {
                  setForm((previous) => ({ ...previous, schedule: event.target.value }));
                  touch('schedule');
                }}
                error={showError('schedule') !== undefined}
                helperText={
                  showError('schedule') ??
                  'Five fields: minute hour day-of-month month day-of-week, e.g. 0 2 * * 1-5, or @daily. Empty: manual runs only.'
                }
                placeholder="0 2 * * *"
                slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              />
              {errors.schedule === undefined && form.schedule.trim() !== '' && <SchedulePreview cron={form.schedule} />}
            </Box>
            <Typography variant="subtitle2" component="h3">
              Notifications (optional)
            </Typography>
            {CONTACT_LISTS.map(({ field, label }) => (
              <TextField
                key={field}
                label={`Notify ${label.toLowerCase()}`}
                size="small"
                value={form.contacts[field]}
                onChange={(event) => setContact(field, event.target.value)}
                onBlur={() => touch(field)}
                error={showError(field) !== undefined}
                helperText={showError(field) ?? CONTACTS_HELP}
                slotProps={{ htmlInput: { spellCheck: false } }}
              />
            ))}
            {create.error && !serverError?.name && !serverError?.team && (
              <ApiErrorAlert error={create.error} title="The job was not created" />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={handleCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending || isOutcomeUnknown(create.error)}>
            {create.isPending ? 'Creating…' : 'Create job'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
