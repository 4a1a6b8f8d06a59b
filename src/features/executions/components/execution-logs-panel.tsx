import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { DataJobExecution, ExecutionRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import { isActive, normalizeExecutionStatus } from '@/lib/execution-status';
import { safeHttpUrl } from '@/lib/safe-url';
import { useExecutionLog } from '../hooks/use-execution-logs';
import { LogsUrlLink } from './logs-url-link';

// Its own chunk, loaded with the route (route-loader.ts): by the time the log's first lines arrive it is there, and the
// viewer renders with them instead of suspending (a fallback drawn, then the viewer revealed in a task of its own).
const LogViewer = lazy(() => import('./log-viewer/log-viewer'));

interface ExecutionLogsPanelProps {
  executionRef: ExecutionRef;
  execution: DataJobExecution;
}

function EmptyLogs({ execution }: { execution: DataJobExecution }) {
  const status = normalizeExecutionStatus(execution.status);
  const logsUrl = safeHttpUrl(execution.logs_url);
  if (status === 'submitted') {
    return (
      <EmptyState
        headingLevel="h3"
        title="Not started yet"
        description="The execution is waiting for its pod to start. Logs appear here as soon as it runs; this page updates by itself."
      />
    );
  }
  if (status === 'running') {
    return (
      <EmptyState
        headingLevel="h3"
        title="Waiting for logs…"
        description="The job is running but has not written anything yet. New lines appear here by themselves."
      />
    );
  }
  return (
    <EmptyState
      headingLevel="h3"
      title="No logs available"
      description={
        <>
          The Control Service returned an empty log for this execution. It reads logs from the execution’s Kubernetes
          pod, which is removed about an hour after a manual run ends (10 minutes after a scheduled run), so logs of
          older executions are no longer available here.
          {logsUrl ? ' Logs persisted by your platform may still be in the log service.' : ''}
        </>
      }
      action={logsUrl ? <LogsUrlLink url={logsUrl}>Open the persisted logs</LogsUrlLink> : undefined}
    />
  );
}

/** The execution's log in the app: tailed while it runs, searchable, downloadable. */
export function ExecutionLogsPanel({ executionRef, execution }: ExecutionLogsPanelProps) {
  const logs = useExecutionLog(executionRef, { status: execution.status, startTime: execution.start_time });
  // Each piece of a streaming log is shown by a render React may interrupt (a transition), so showing it never holds
  // the page for long; the urgent render for it stops here (the viewer is memoized).
  const log = useDeferredValue(logs.data);
  const emptyState = useMemo(() => <EmptyLogs execution={execution} />, [execution]);
  const location = useLocation();
  const navigate = useNavigate();
  const linked = /^#L(\d{1,7})$/.exec(location.hash)?.[1];
  const { pathname, search } = location;
  const handleLinkLine = useCallback(
    (lineNumber: number) =>
      void navigate({ pathname, search, hash: `L${lineNumber}` }, { replace: true, preventScrollReset: true }),
    [navigate, pathname, search],
  );
  const loading = <Skeleton variant="rounded" height={320} role="progressbar" aria-label="Loading the logs" />;
  if (log === undefined) {
    if (!logs.isError) return loading;
    return (
      <ApiErrorAlert
        error={logs.error}
        title="Could not load the logs"
        onRetry={() => void logs.refetch()}
        isRetrying={logs.isFetching}
      />
    );
  }
  return (
    <Stack spacing={1}>
      {logs.isError && (
        <ApiErrorAlert
          error={logs.error}
          title="Could not refresh the logs: showing the last lines received"
          onRetry={() => void logs.refetch()}
          isRetrying={logs.isFetching}
        />
      )}
      <Suspense fallback={loading}>
        <LogViewer
          log={log}
          fileName={executionRef.executionId}
          isLive={isActive(execution.status)}
          emptyState={emptyState}
          linkedLine={Number(linked) >= 1 ? Number(linked) : undefined}
          onLinkLine={handleLinkLine}
        />
      </Suspense>
    </Stack>
  );
}
