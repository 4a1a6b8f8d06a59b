import type { ExecutionRow } from './execution-model.ts';
import { type JobProfile, seededRandom } from './profile.ts';

interface LogLine {
  at: number;
  text: string;
}

/** K8s keeps finished pods for `ttlSecondsAfterFinished`: 3600 s for API runs, 600 s for CronJob runs. */
export const POD_TTL_MS = { manual: 3_600_000, scheduled: 600_000 } as const;

function stamp(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)},${iso.slice(20, 23)}`;
}

const TABLES = ['sales_raw', 'customer_dim', 'orders_fact', 'events_daily', 'invoices', 'usage_hourly'];

function stepLines(step: string, random: () => number, table: string): string[] {
  if (step.endsWith('.sql')) {
    const verb = step.includes('create')
      ? `CREATE TABLE IF NOT EXISTS ${table} (id BIGINT, payload VARCHAR, loaded_at TIMESTAMP)`
      : `INSERT INTO ${table} SELECT * FROM ${table}_staging WHERE loaded_at > now() - interval '1' day`;
    return [`Executing query:\n${verb}`, `Query succeeded: ${Math.floor(random() * 5000)} rows affected`];
  }
  const rows = 1000 + Math.floor(random() * 90_000);
  return [
    `Fetching records from source API page 1..${1 + Math.floor(random() * 20)}`,
    `Ingesting ${rows.toLocaleString('en-US')} rows into table '${table}' (method: trino, format: json)`,
    `Ingestion of ${rows} payloads finished: 0 failed`,
  ];
}

/** Every this many batches the source API throttles (a WARN and a retry). */
const THROTTLED_EVERY = 487;
/** Every this many batches one is rejected (an ERROR; the run goes on with its rows set aside). */
const REJECTED_EVERY = 9_973;

interface BatchLine {
  level: string;
  logger: string;
  message: string;
}

/** A chatty ingestion step's progress: one line per batch, a throttled retry now and then, rarely a rejected batch. */
function batchLines(count: number, random: () => number, table: string): BatchLine[] {
  const lines: BatchLine[] = [];
  for (let batch = 1; batch <= count; batch += 1) {
    const rows = 200 + Math.floor(random() * 800);
    if (batch % REJECTED_EVERY === 0) {
      lines.push({
        level: 'ERROR',
        logger: 'vdk.internal.builtin_plugins.ingestion',
        message: `Batch ${batch} rejected by trino: column 'amount' expects DECIMAL(12,2), got 'N/A'; ${rows} rows written to '${table}_rejected'`,
      });
    } else if (batch % THROTTLED_EVERY === 0) {
      lines.push({
        level: 'WARN',
        logger: 'vdk.plugin.ingest_http',
        message: `Batch ${batch}: source API answered 429 Too Many Requests; retrying in ${1 + Math.floor(random() * 5)} s (attempt 1 of 5)`,
      });
    } else {
      lines.push({
        level: 'INFO',
        logger: 'vdk.internal.builtin_plugins.ingestion',
        message: `Batch ${batch}: ingested ${rows} rows into '${table}' in ${20 + Math.floor(random() * 400)} ms`,
      });
    }
  }
  return lines;
}

/**
 * The log of an execution as VDK would print it, fully determined by the execution row, so
 * nothing needs storing and a running execution's log grows as the clock moves.
 */
export function buildLogLines(row: ExecutionRow, profile: JobProfile): LogLine[] {
  const random = seededRandom(`logs:${row.id}`);
  const runAt = row.run_at ?? row.start_time;
  const finishAt = row.finish_at ?? row.end_time ?? runAt + 60_000;
  const table = TABLES[Math.floor(random() * TABLES.length)] ?? 'sales_raw';
  const lines: LogLine[] = [];
  const prefix = (level: string, logger: string) => `[VDK] ${row.job_name} [${level.padEnd(5)}] ${logger}`;
  const entry = (at: number, level: string, logger: string, message: string): LogLine => ({
    at,
    text: `${stamp(at)} ${prefix(level, logger)} [id:${row.id}]- ${message}`,
  });
  const add = (at: number, level: string, logger: string, message: string) =>
    lines.push(entry(at, level, logger, message));

  add(runAt, 'INFO', 'vdk.internal.builtin_plugins.run', `Data Job ${row.job_name} starting (execution id ${row.id})`);
  add(
    runAt + 150,
    'INFO',
    'vdk.internal.builtin_plugins.config',
    `VDK ${row.vdk_version ?? 'release'}, Python ${row.python_version ?? '3.9'}, job version ${row.job_version ?? 'unknown'}`,
  );
  if (row.outcome === 'skipped') {
    add(
      runAt + 900,
      'INFO',
      'vdk.plugin.control_cli_plugin.execution_skip',
      `Another execution of ${row.job_name} is running; this execution will be skipped.`,
    );
    add(
      finishAt,
      'INFO',
      'vdk.internal.builtin_plugins.run',
      'Skipping job execution due to another parallel running execution.',
    );
    return lines;
  }
  const steps = profile.steps.length > 0 ? profile.steps : ['10_create_table.sql', '20_ingest.py'];
  const failing = row.outcome === 'user_error' || row.outcome === 'platform_error';
  const failAt = failing
    ? Math.max(
        0,
        steps.findIndex((step) => step.endsWith('.py')),
      )
    : -1;
  const span = Math.max(1, finishAt - runAt - 1_000);
  const perStep = span / (failing ? failAt + 1 : steps.length);
  const chattyStep = steps.find((step) => step.endsWith('.py')) ?? steps[0];
  let chattyAfter = -1;
  for (const [index, step] of steps.entries()) {
    const begin = runAt + 500 + Math.floor(index * perStep);
    add(begin, 'INFO', 'vdk.internal.builtin_plugins.run.data_job', `Processing step ${step} ...`);
    if (step === chattyStep) chattyAfter = lines.length - 1;
    if (index === failAt) {
      if (row.outcome === 'user_error') {
        lines.push({
          at: begin + Math.floor(perStep * 0.6),
          text: [
            `${stamp(begin + Math.floor(perStep * 0.6))} ${prefix('ERROR', 'vdk.internal.builtin_plugins.run.data_job')} [id:${row.id}]- Step ${step} failed with a user error`,
            'Traceback (most recent call last):',
            `  File "/job/${step}", line 42, in run`,
            '    rows = [normalise(record) for record in payload["records"]]',
            `  File "/job/${step}", line 42, in <listcomp>`,
            '    rows = [normalise(record) for record in payload["records"]]',
            `  File "/job/${step}", line 17, in normalise`,
            '    return {"id": record["customer_id"], "amount": float(record["amount"])}',
            "KeyError: 'customer_id'",
          ].join('\n'),
        });
      } else {
        add(
          begin + Math.floor(perStep * 0.6),
          'ERROR',
          'vdk.internal.builtin_plugins.connection',
          `Failed to connect to trino.vdk.svc.cluster.local:8080: ConnectionRefusedError: [Errno 111] Connection refused (after 3 retries)`,
        );
      }
      break;
    }
    const details = stepLines(step, random, table);
    details.forEach((message, detail) =>
      add(
        begin + Math.floor(((detail + 1) * perStep) / (details.length + 2)),
        'INFO',
        'vdk.internal.builtin_plugins.run.step',
        message,
      ),
    );
    add(
      begin + Math.floor(perStep * 0.95),
      'INFO',
      'vdk.internal.builtin_plugins.run.data_job',
      `Step ${step} completed successfully`,
    );
  }
  const summary: Record<string, string> = {
    succeeded: 'Job execution result: SUCCESS',
    user_error: 'Job execution result: ERROR (blamed on: User Error). See the traceback above.',
    platform_error: 'Job execution result: ERROR (blamed on: Platform Error).',
  };
  add(
    finishAt,
    failing ? 'ERROR' : 'INFO',
    'vdk.internal.builtin_plugins.run.execution_results',
    summary[row.outcome ?? 'succeeded'] ?? summary.succeeded!,
  );
  if (profile.logLines === undefined || chattyAfter < 0) return lines;
  // A chatty job: its step's per-batch progress fills the log up to exactly `logLines` text lines.
  const count = profile.logLines - lines.reduce((sum, line) => sum + line.text.split('\n').length, 0);
  const from = lines[chattyAfter]!.at;
  const gap = (lines[chattyAfter + 1]?.at ?? finishAt) - from;
  const batches = batchLines(Math.max(0, count), random, table).map(({ level, logger, message }, batch) =>
    entry(from + Math.floor(((batch + 1) * gap) / (count + 1)), level, logger, message),
  );
  return [...lines.slice(0, chattyAfter + 1), ...batches, ...lines.slice(chattyAfter + 1)];
}

/** The log as one text at `now` (all of it once the run has ended). */
function logText(row: ExecutionRow, profile: JobProfile, now: number): string {
  const until = row.end_time ?? now;
  const lines = buildLogLines(row, profile)
    .filter((line) => line.at <= Math.min(now, until))
    .map((line) => line.text);
  if (row.status === 'cancelled')
    lines.push(`${stamp(until)} [VDK] ${row.job_name} [INFO ] Received SIGTERM: execution cancelled by user.`);
  return lines.join('\n');
}

/** A finished run's log no longer changes: the last few are kept, so a 100,000-line log is built once, not per read. */
const finishedLogs = new Map<string, string>();
const FINISHED_LOGS_KEPT = 2;

function finishedLogText(row: ExecutionRow, profile: JobProfile, now: number): string {
  // The log is a function of the row and the profile alone once the run has ended.
  const key = JSON.stringify([row, profile]);
  let text = finishedLogs.get(key);
  if (text === undefined) {
    text = logText(row, profile, now);
    finishedLogs.set(key, text);
    if (finishedLogs.size > FINISHED_LOGS_KEPT) finishedLogs.delete(finishedLogs.keys().next().value!);
  }
  return text;
}

/** What `GET …/logs` returns: the lines visible at `now`, `""` once the pod is gone. */
export function visibleLogs(
  row: ExecutionRow,
  profile: JobProfile,
  now: number,
  tailLines: number | undefined,
): string {
  const podTtlMs = profile.podTtlSeconds === undefined ? POD_TTL_MS[row.type] : profile.podTtlSeconds * 1000;
  if (row.end_time !== null && now > row.end_time + podTtlMs) return '';
  if (row.status === 'submitted') return '';
  const text =
    row.end_time !== null && now >= row.end_time ? finishedLogText(row, profile, now) : logText(row, profile, now);
  if (tailLines === undefined || tailLines <= 0) return text;
  return text.split('\n').slice(-tailLines).join('\n');
}
