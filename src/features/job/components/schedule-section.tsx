import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { Time } from '@/components/time/time';
import type { DataJob, JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { checkCron } from '@/lib/cron';
import { formatDuration } from '@/lib/time';
import { useJobSectionEditor } from '../hooks/use-job-section-editor';
import { useReapplyDeployment } from '../hooks/use-reapply-deployment';
import { scheduleOverrun } from '../model/schedule-overrun';
import { EditableSection } from './editable-section';
import { SchedulePreview } from '@/components/schedule/schedule-preview';

const read = (job: DataJob) => job.config.schedule?.schedule_cron ?? '';

/** Stored expanded (`@daily` → `0 0 * * *`): the service's own next-run computation reads 5-field cron only. */
const apply = (job: DataJob, cron: string): DataJob => {
  const check = checkCron(cron);
  const scheduleCron = check.ok ? check.expression : cron.trim();
  return { ...job, config: { ...job.config, schedule: { ...job.config.schedule, schedule_cron: scheduleCron } } };
};

/** Empty is allowed: the job then runs only when started by hand. */
function problemOf(cron: string): string | undefined {
  if (cron.trim() === '') return undefined;
  const check = checkCron(cron);
  return check.ok ? undefined : check.reason;
}

interface ScheduleSectionProps {
  jobRef: JobRef;
  job: DataJob;
  /** Durations (seconds) of recent finished executions, for the overrun warning. */
  recentDurations: number[];
  /** The deployment's `enabled`; undefined when the job is not deployed. */
  deploymentEnabled: boolean | undefined;
  /** Start of a scheduled run the saved schedule does not have: the deployment runs another schedule. */
  offScheduleRun?: Date;
}

interface ApplyScheduleNoticeProps {
  jobRef: JobRef;
  enabled: boolean;
  onDone: () => void;
  /** Only a notice about a save can be dismissed: what the runs show stays until the deployment is applied. */
  isDismissable: boolean;
  children: ReactNode;
}

/** The deployment runs another schedule than the saved one (saved just now, or seen in its runs) until it is applied. */
function ApplyScheduleNotice({ jobRef, enabled, onDone, isDismissable, children }: ApplyScheduleNoticeProps) {
  const reapply = useReapplyDeployment(jobRef);
  return (
    <Alert
      severity="info"
      role="status"
      onClose={isDismissable ? onDone : undefined}
      action={
        <Button
          color="inherit"
          size="small"
          disabled={reapply.isPending}
          onClick={() => reapply.mutate({ enabled }, { onSuccess: onDone })}
        >
          {reapply.isPending ? 'Applying…' : 'Apply to the deployment now'}
        </Button>
      }
    >
      {children}
      {reapply.error && <ApiErrorAlert error={reapply.error} title="Could not apply the schedule" />}
    </Alert>
  );
}

function ScheduleView({ cron, recentDurations }: { cron: string; recentDurations: number[] }) {
  if (cron.trim() === '') {
    return <Typography color="text.secondary">Not scheduled: the job runs only when started by hand.</Typography>;
  }
  const problem = problemOf(cron);
  if (problem) {
    return (
      <Alert severity="error">
        The saved schedule <code>{cron}</code> is not valid: {problem} Deploying the job will fail until it is fixed.
      </Alert>
    );
  }
  const overrun = scheduleOverrun(cron, recentDurations);
  return (
    <Stack spacing={1}>
      <SchedulePreview cron={cron} />
      {overrun && (
        <Alert severity="warning">
          {overrun.count} of the recent executions ran longer (up to {formatDuration(overrun.longestSeconds)}) than the{' '}
          {formatDuration(overrun.intervalSeconds)} between scheduled runs. A run that is due while the previous one is
          still running is skipped, so runs will be missed.
        </Alert>
      )}
    </Stack>
  );
}

export function ScheduleSection({
  jobRef,
  job,
  recentDurations,
  deploymentEnabled,
  offScheduleRun,
}: ScheduleSectionProps) {
  const isDeployed = deploymentEnabled !== undefined;
  const [needsApply, setNeedsApply] = useState(false);
  const editor = useJobSectionEditor({
    ref: jobRef,
    section: 'schedule',
    read,
    apply,
    onSaved: (saved, before) => setNeedsApply(isDeployed && read(saved) !== read(before)),
  });
  const draft = editor.value ?? '';
  const problem = problemOf(draft);
  return (
    <EditableSection
      title="Schedule"
      job={job}
      editor={editor}
      canSave={problem === undefined}
      hint={
        isDeployed
          ? 'Times are in UTC, as the Control Service runs them. A changed schedule takes effect the next time the deployment is updated (deploy, enable or disable).'
          : 'Times are in UTC, as the Control Service runs them.'
      }
      view={
        <Stack spacing={1}>
          {deploymentEnabled !== undefined && (needsApply || offScheduleRun) && (
            <ApplyScheduleNotice
              jobRef={jobRef}
              enabled={deploymentEnabled}
              onDone={() => setNeedsApply(false)}
              isDismissable={needsApply}
            >
              {needsApply ? (
                'Saved. The deployment keeps running the previous schedule until it is next updated.'
              ) : (
                <>
                  The deployment runs another schedule than this one: its last scheduled run started at{' '}
                  <Time value={offScheduleRun} seconds={false} />, when this schedule has no run. It takes this schedule
                  when it is next updated.
                </>
              )}
            </ApplyScheduleNotice>
          )}
          <ScheduleView cron={read(job)} recentDurations={recentDurations} />
        </Stack>
      }
      form={
        <Stack spacing={2}>
          <TextField
            label="Cron schedule"
            value={draft}
            onChange={(event) => editor.change(event.target.value)}
            error={problem !== undefined}
            helperText={
              problem ??
              (draft.trim() === ''
                ? 'Empty: the job runs only when started by hand.'
                : '5 fields: minute hour day-of-month month day-of-week, in UTC. @hourly, @daily, @weekly, @monthly also work.')
            }
            slotProps={{ htmlInput: { spellCheck: false } }}
            sx={{ maxWidth: 420, '& input': { fontFamily: 'monospace' } }}
          />
          {draft.trim() !== '' && problem === undefined && <SchedulePreview cron={draft} />}
        </Stack>
      }
    />
  );
}
