import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { RejectedParamsAlert } from '@/components/feedback/rejected-params-alert';
import { useJobRef } from '@/components/routing/use-job-ref';
import type { DataJob, JobRef } from '@/api/types';
import { nextCronRuns } from '@/lib/cron';
import { isTerminal } from '@/lib/execution-status';
import { secondsBetween } from '@/lib/time';
import { ContactsSection } from '../components/contacts-section';
import { DescriptionSection } from '../components/description-section';
import { KeyValueSection } from '../components/key-value-section';
import { RecentExecutions } from '../components/recent-executions';
import { ScheduleSection } from '../components/schedule-section';
import { SettingsSection } from '../components/settings-section';
import { useEditorLink } from '../hooks/use-editor-link';
import { useJob } from '../hooks/use-job';
import { useJobDeployment } from '../hooks/use-job-deployment';
import { useJobSummary } from '../hooks/use-job-summary';
import { useRecentExecutions } from '../hooks/use-recent-executions';
import { runOffSavedSchedule } from '../model/deployed-schedule';

function JobOverview({ jobRef, job }: { jobRef: JobRef; job: DataJob }) {
  const deployment = useJobDeployment(jobRef).data;
  const summary = useJobSummary(jobRef).data;
  const recent = useRecentExecutions(jobRef);
  const editorLink = useEditorLink();
  const durations = (recent.data?.content ?? [])
    .filter((run) => run && isTerminal(run.status) && run.endTime)
    .map((run) => secondsBetween(run?.startTime, run?.endTime))
    .filter((seconds): seconds is number => seconds !== undefined);
  const cron = job.config.schedule?.schedule_cron;
  const nextRun = deployment?.enabled ? nextCronRuns(cron, 1)[0] : undefined;
  const offScheduleRun = deployment
    ? runOffSavedSchedule(cron, recent.data?.content ?? [], deployment.last_deployed_date)
    : undefined;

  return (
    <Stack spacing={2}>
      <RejectedParamsAlert rejected={editorLink.rejected} onDrop={editorLink.drop} />
      <RecentExecutions jobRef={jobRef} query={recent} nextRun={nextRun} offScheduleRun={offScheduleRun} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Stack spacing={2}>
            <DescriptionSection jobRef={jobRef} job={job} />
            <ScheduleSection
              jobRef={jobRef}
              job={job}
              recentDurations={durations}
              deploymentEnabled={deployment ? (deployment.enabled ?? false) : undefined}
              offScheduleRun={offScheduleRun}
            />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Stack spacing={2}>
            <ContactsSection jobRef={jobRef} job={job} link={editorLink.targetOf('contacts')} />
            <SettingsSection
              jobRef={jobRef}
              job={job}
              pythonVersion={deployment?.python_version}
              sourceUrl={summary?.config?.sourceUrl}
              link={editorLink.targetOf('settings')}
            />
          </Stack>
        </Grid>
      </Grid>
      <KeyValueSection jobRef={jobRef} store="properties" />
      <KeyValueSection jobRef={jobRef} store="secrets" />
    </Stack>
  );
}

/** `/teams/:team/jobs/:job`: everything about the job, editable in place. The layout shows loading and 404. */
export function JobPage() {
  const jobRef = useJobRef();
  const { team, job } = jobRef;
  const detail = useJob(jobRef);
  if (!detail.data) return null;
  // Keyed by the job: drafts and edit state never leak from one job to another.
  return <JobOverview key={`${team}/${job}`} jobRef={jobRef} job={detail.data} />;
}
