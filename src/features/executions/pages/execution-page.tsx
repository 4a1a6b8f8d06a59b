import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router';
import { RouterLink } from '@/components/routing/router-link';
import { useJobRef } from '@/components/routing/use-job-ref';
import { isForbidden, isNotFound } from '@/api/errors';
import type { ExecutionRef } from '@/api/types';
import { useRunArguments } from '@/components/execute-with-args/use-run-arguments';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { PagePlaceholder } from '@/components/feedback/page-placeholder';
import { CopyButton } from '@/components/feedback/copy-button';
import { EmptyState } from '@/components/feedback/empty-state';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { isActive } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { CompareWithLastSuccess } from '../components/compare-with-last-success';
import { ExecutionActions } from '../components/execution-actions';
import { ExecutionLogsPanel } from '../components/execution-logs-panel';
import { ExecutionSummary } from '../components/execution-summary';
import { useExecution } from '../hooks/use-execution';
import { buildSupportReport } from '../model/support-report';

function Unavailable({ executionRef, error }: { executionRef: ExecutionRef; error: unknown }) {
  const forbidden = isForbidden(error);
  return (
    <EmptyState
      title={forbidden ? 'No access to this execution' : 'Execution not found'}
      description={
        forbidden
          ? `You are not allowed to see executions of ${executionRef.job} in team ${executionRef.team}.`
          : `There is no execution ${executionRef.executionId} of ${executionRef.job}. The Control Service keeps at most 100 finished executions per job, for up to 14 days, so it may have been cleaned up.`
      }
      action={
        <Button component={RouterLink} to={paths.executions(executionRef)} startIcon={<ArrowBackIcon />}>
          All executions of {executionRef.job}
        </Button>
      }
    />
  );
}

/** `/teams/:team/jobs/:job/executions/:executionId`: one execution, its deployment, and its logs. */
export function ExecutionPage() {
  const { team, job } = useJobRef();
  const { executionId = '' } = useParams();
  const executionRef: ExecutionRef = { team, job, executionId };
  useDocumentTitle(executionId, job);
  const detail = useExecution(executionRef);
  const execution = detail.data;
  const { args } = useRunArguments(executionRef);

  if (execution === undefined) {
    if (detail.isPending) {
      return <PagePlaceholder label="Loading the execution" headingWidth={420} />;
    }
    if (isNotFound(detail.error) || isForbidden(detail.error)) {
      return <Unavailable executionRef={executionRef} error={detail.error} />;
    }
    return (
      <ApiErrorAlert
        error={detail.error}
        title={`Could not load execution ${executionId}`}
        onRetry={() => void detail.refetch()}
        isRetrying={detail.isFetching}
      />
    );
  }

  const report = buildSupportReport({ ref: executionRef, execution, args, pageUrl: window.location.href });
  return (
    <Stack spacing={2} component="section" aria-labelledby="execution-heading">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id="execution-heading" variant="h5" component="h2" sx={{ wordBreak: 'break-all' }}>
          Execution {executionId}
        </Typography>
        <CopyButton text={executionId} label="Copy execution id" iconOnly />
        <ExecutionStatusChip status={execution.status} size="medium" />
        <Box sx={{ flexGrow: 1 }} />
        <RefreshIndicator
          updatedAt={detail.dataUpdatedAt}
          isFetching={detail.isFetching}
          onRefresh={() => void detail.refetch()}
          autoRefreshLabel={isActive(execution.status) ? 'while it runs' : undefined}
        />
      </Stack>
      {detail.isError && (
        <ApiErrorAlert
          error={detail.error}
          title="Could not refresh the execution: showing what was loaded last"
          onRetry={() => void detail.refetch()}
          isRetrying={detail.isFetching}
        />
      )}
      <ExecutionActions executionRef={executionRef} execution={execution} args={args} supportReport={report} />
      <Box>
        <CompareWithLastSuccess executionRef={executionRef} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <ExecutionSummary execution={execution} args={args} />
      </Paper>
      <Box component="section" aria-labelledby="execution-logs-heading">
        <Typography id="execution-logs-heading" variant="h6" component="h3" sx={{ mb: 1 }}>
          Logs
        </Typography>
        <ExecutionLogsPanel executionRef={executionRef} execution={execution} />
      </Box>
      <Box>
        <Button component={RouterLink} to={paths.executions(executionRef)} startIcon={<ArrowBackIcon />}>
          All executions of {job}
        </Button>
      </Box>
    </Stack>
  );
}
