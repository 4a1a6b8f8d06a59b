import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { DataJobExecution } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { CopyButton } from '@/components/feedback/copy-button';
import { Duration } from '@/components/time/duration';
import { Time } from '@/components/time/time';
import { executionStatusDescription } from '@/lib/execution-status';
import { safeHttpUrl } from '@/lib/safe-url';
import { formatCpu, formatMemory } from '../model/support-report';
import { LogsUrlLink } from './logs-url-link';

interface ExecutionSummaryProps {
  execution: DataJobExecution;
  /** What this tab sent when it started the run; undefined when unknown. */
  args: Record<string, unknown> | undefined;
}

const dash = (value: string | null | undefined) => (value ? value : '—');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary', typography: 'body2' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, typography: 'body2', minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

function Copyable({ value, label }: { value: string | null | undefined; label: string }) {
  if (!value) return <>—</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Box component="code" sx={{ fontSize: '0.85em' }}>
        {value}
      </Box>
      <CopyButton text={value} label={label} iconOnly />
    </Box>
  );
}

function typeText(type: string | undefined) {
  if (type === 'scheduled') return 'Scheduled';
  if (type === 'manual') return 'Manual';
  return dash(type);
}

/** Everything known about one execution, each value as text (API strings never become markup). */
export function ExecutionSummary({ execution, args }: ExecutionSummaryProps) {
  const deployment = execution.deployment;
  const resources = deployment?.resources;
  const logsUrl = safeHttpUrl(execution.logs_url);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr', lg: 'max-content 1fr max-content 1fr' },
        columnGap: 3,
        rowGap: 1,
        m: 0,
      }}
    >
      <Field label="Status">
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <ExecutionStatusChip status={execution.status} />
          <Typography variant="caption" color="text.secondary">
            {executionStatusDescription(execution.status)}
          </Typography>
        </Box>
      </Field>
      <Field label="Message">{dash(execution.message)}</Field>
      <Field label="Type">{typeText(execution.type)}</Field>
      <Field label="Started by">{dash(execution.started_by)}</Field>
      <Field label="Start">
        <Time value={execution.start_time} />
      </Field>
      <Field label="End">
        <Time value={execution.end_time} fallback="Not finished" />
      </Field>
      <Field label="Duration">
        {execution.start_time ? <Duration start={execution.start_time} end={execution.end_time} /> : '—'}
        {execution.start_time && !execution.end_time && ' so far'}
      </Field>
      <Field label="Op id">
        <Copyable value={execution.op_id} label="Copy op id" />
      </Field>
      <Field label="Arguments">
        {args ? (
          <Box component="pre" sx={{ m: 0, fontSize: '0.85em', whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(args, null, 2)}
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary" component="span">
            Not known: the Control Service does not report arguments (shown here for runs started from this browser).
          </Typography>
        )}
      </Field>
      <Field label="Job version">
        <Copyable value={deployment?.job_version} label="Copy job version" />
      </Field>
      <Field label="VDK version">{dash(deployment?.vdk_version)}</Field>
      <Field label="Python version">{dash(deployment?.python_version)}</Field>
      <Field label="Deployed">
        {deployment?.deployed_by || deployment?.deployed_date ? (
          <>
            by {dash(deployment.deployed_by)}
            {deployment.deployed_date && (
              <>
                {' '}
                at <Time value={deployment.deployed_date} />
              </>
            )}
          </>
        ) : (
          '—'
        )}
      </Field>
      <Field label="Schedule">{dash(deployment?.schedule?.schedule_cron)}</Field>
      <Field label="CPU">
        request {formatCpu(resources?.cpu_request)}, limit {formatCpu(resources?.cpu_limit)}
      </Field>
      <Field label="Memory">
        request {formatMemory(resources?.memory_request)}, limit {formatMemory(resources?.memory_limit)}
      </Field>
      {execution.logs_url && (
        <Field label="Persisted logs">
          {/* A value that is not http(s) (a misconfigured template, or worse) is shown so it can be reported. */}
          {logsUrl ? (
            <LogsUrlLink url={logsUrl}>Open in the log service</LogsUrlLink>
          ) : (
            `${execution.logs_url} (not an http(s) link)`
          )}
        </Field>
      )}
    </Box>
  );
}
