import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { RouterLink } from '@/components/routing/router-link';
import { useJobRef } from '@/components/routing/use-job-ref';
import { isForbidden, isNotFound } from '@/api/errors';
import type { DataJobExecution, ExecutionRef, JobRef } from '@/api/types';
import { useRunArguments } from '@/components/execute-with-args/use-run-arguments';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { PagePlaceholder } from '@/components/feedback/page-placeholder';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { paths } from '@/lib/paths';
import { CompareFactsTable } from '../components/compare-facts-table';
import { LogDiff } from '../components/log-diff';
import { useExecution } from '../hooks/use-execution';
import { useExecutionLogs } from '../hooks/use-execution-logs';
import { useLogAlignment } from '../hooks/use-log-alignment';
import { compareFacts, durationDifference } from '../model/compare-facts';

/** `/teams/:team/jobs/:job/executions/compare?a=<id>&b=<id>`: two runs of a job side by side. */
export function ComparePage() {
  const { team, job } = useJobRef();
  const [params] = useSearchParams();
  const a = params.get('a')?.trim() ?? '';
  const b = params.get('b')?.trim() ?? '';
  useDocumentTitle('Compare executions', job);
  const jobRef = { team, job };
  if (!a || !b || a === b) {
    return (
      <EmptyState
        title="Pick two different runs to compare"
        description="Tick two runs in the job’s executions and choose Compare, or open a run and compare it with the last successful one."
        action={
          <Button component={RouterLink} to={paths.executions(jobRef)} startIcon={<ArrowBackIcon />}>
            Executions of {job}
          </Button>
        }
      />
    );
  }
  return <Comparison jobRef={jobRef} a={{ ...jobRef, executionId: a }} b={{ ...jobRef, executionId: b }} />;
}

function Comparison({ jobRef, a, b }: { jobRef: JobRef; a: ExecutionRef; b: ExecutionRef }) {
  const left = useExecution(a);
  const right = useExecution(b);
  const argsA = useRunArguments(a);
  const argsB = useRunArguments(b);
  const heading = (
    <Typography id="compare-heading" variant="h5" component="h2">
      Compare executions
    </Typography>
  );
  for (const [side, ref] of [
    [left, a],
    [right, b],
  ] as const) {
    if (side.data !== undefined) continue;
    if (side.isPending) return <PagePlaceholder label="Loading the two executions" headingWidth={320} />;
    if (isNotFound(side.error) || isForbidden(side.error)) {
      return (
        <EmptyState
          title={`Execution ${ref.executionId} not found`}
          description={`There is no execution ${ref.executionId} of ${ref.job} you can see. The Control Service keeps at most 100 finished executions per job, for up to 14 days.`}
          action={
            <Button component={RouterLink} to={paths.executions(jobRef)} startIcon={<ArrowBackIcon />}>
              Executions of {ref.job}
            </Button>
          }
        />
      );
    }
    return (
      <ApiErrorAlert
        error={side.error}
        title={`Could not load execution ${ref.executionId}`}
        onRetry={() => void side.refetch()}
        isRetrying={side.isFetching}
      />
    );
  }
  if (argsA.isPending || argsB.isPending)
    return <PagePlaceholder label="Loading the two executions" headingWidth={320} />;
  const [execA, execB] = [left.data!, right.data!];
  const facts = compareFacts(execA, execB, { a: argsA.args, b: argsB.args });
  const difference = durationDifference(execA, execB);
  return (
    <Stack spacing={2} component="section" aria-labelledby="compare-heading">
      {heading}
      <Typography variant="body2">
        A is <RunLink executionRef={a} /> and B is <RunLink executionRef={b} />.{' '}
        {facts.filter((fact) => fact.differs).length} of {facts.length} fields differ.
      </Typography>
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        <CompareFactsTable rows={facts} a={a.executionId} b={b.executionId} />
      </Paper>
      {difference && <Typography variant="body1">{difference}.</Typography>}
      <Box component="section" aria-labelledby="compare-logs-heading">
        <Typography id="compare-logs-heading" variant="h6" component="h3" sx={{ mb: 1 }}>
          Logs
        </Typography>
        <ComparedLogs a={a} b={b} execA={execA} execB={execB} />
      </Box>
    </Stack>
  );
}

function RunLink({ executionRef }: { executionRef: ExecutionRef }) {
  return (
    <Link component={RouterLink} to={paths.execution(executionRef)} sx={{ overflowWrap: 'anywhere' }}>
      {executionRef.executionId}
    </Link>
  );
}

interface ComparedLogsProps {
  a: ExecutionRef;
  b: ExecutionRef;
  execA: DataJobExecution;
  execB: DataJobExecution;
}

function ComparedLogs({ a, b, execA, execB }: ComparedLogsProps) {
  const logsA = useExecutionLogs(a, { status: execA.status, startTime: execA.start_time });
  const logsB = useExecutionLogs(b, { status: execB.status, startTime: execB.start_time });
  const alignment = useLogAlignment(
    { ref: a, lines: logsA.data, updatedAt: logsA.dataUpdatedAt },
    { ref: b, lines: logsB.data, updatedAt: logsB.dataUpdatedAt },
  );
  for (const [logs, ref] of [
    [logsA, a],
    [logsB, b],
  ] as const) {
    if (logs.isError && logs.data === undefined) {
      return (
        <ApiErrorAlert
          error={logs.error}
          title={`Could not load the log of ${ref.executionId}`}
          onRetry={() => void logs.refetch()}
          isRetrying={logs.isFetching}
        />
      );
    }
  }
  if (logsA.isPending || logsB.isPending) return <LoadingBar label="Loading the two logs" />;
  const missing = [
    { ref: a, lines: logsA.data },
    { ref: b, lines: logsB.data },
  ]
    .filter(({ lines }) => !lines?.length)
    .map(({ ref }) => ref.executionId);
  if (missing.length > 0) {
    return (
      <Alert severity="info">
        {missing.length === 2 ? 'Neither log is' : `The log of ${missing[0]} is not`} available, so the logs cannot be
        compared. The Control Service reads a log from the run’s pod, which is kept about 10 minutes after a scheduled
        run and an hour after a manual one.
      </Alert>
    );
  }
  if (alignment.isError) {
    return (
      <ApiErrorAlert
        error={alignment.error}
        title="Could not align the two logs"
        onRetry={() => void alignment.refetch()}
      />
    );
  }
  if (!alignment.data) return <LoadingBar label="Aligning the two logs" />;
  return (
    <LogDiff
      alignment={alignment.data}
      a={{ id: a.executionId, lines: logsA.data! }}
      b={{ id: b.executionId, lines: logsB.data! }}
    />
  );
}
