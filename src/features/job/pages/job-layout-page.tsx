import { Outlet } from 'react-router';
import { useJobRef } from '@/components/routing/use-job-ref';
import { isForbidden, isNotFound } from '@/api/errors';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { PagePlaceholder } from '@/components/feedback/page-placeholder';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { JobHeader } from '../components/job-header';
import { JobTabs } from '../components/job-tabs';
import { JobUnavailable } from '../components/job-unavailable';
import { useJob } from '../hooks/use-job';
import { useJobDeployment } from '../hooks/use-job-deployment';
import { useJobSummary } from '../hooks/use-job-summary';

/** `/teams/:team/jobs/:job/*`: the job's header and tabs around Overview, Executions and Deployment. */
export function JobLayoutPage() {
  const jobRef = useJobRef();
  const { team, job } = jobRef;
  useDocumentTitle(job, team);
  const detail = useJob(jobRef);
  const deployment = useJobDeployment(jobRef);
  const summary = useJobSummary(jobRef);

  if (detail.isPending) {
    return <PagePlaceholder label="Loading the job" headingWidth={320} />;
  }
  if (detail.isError) {
    if (isNotFound(detail.error) || isForbidden(detail.error))
      return <JobUnavailable jobRef={jobRef} error={detail.error} />;
    return (
      <ApiErrorAlert
        error={detail.error}
        title={`Could not load ${job}`}
        onRetry={() => void detail.refetch()}
        isRetrying={detail.isFetching}
      />
    );
  }
  return (
    <>
      <JobHeader jobRef={jobRef} deployment={deployment.data} summary={summary.data} />
      <JobTabs jobRef={jobRef} />
      <Outlet />
    </>
  );
}
