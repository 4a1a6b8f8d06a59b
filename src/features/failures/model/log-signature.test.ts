import { describe, expect, it } from 'vitest';
import { MEGABYTE } from '@/testing/hostile-payloads';
import { extractLogSignature } from './log-signature';

const line = (level: string, logger: string, message: string, id = 'ingest-sales-1764583200') =>
  `2026-12-01 10:00:01,482 [VDK] ingest-sales [${level.padEnd(5)}] ${logger} [id:${id}]- ${message}`;

const userErrorLog = (id: string) => [
  line('INFO', 'vdk.internal.builtin_plugins.run', `Data Job ingest-sales starting (execution id ${id})`, id),
  line('INFO', 'vdk.internal.builtin_plugins.run.data_job', 'Processing step 10_create_table.sql ...', id),
  line('INFO', 'vdk.internal.builtin_plugins.run.data_job', 'Step 10_create_table.sql completed successfully', id),
  line('INFO', 'vdk.internal.builtin_plugins.run.data_job', 'Processing step 20_ingest.py ...', id),
  line('ERROR', 'vdk.internal.builtin_plugins.run.data_job', 'Step 20_ingest.py failed with a user error', id),
  'Traceback (most recent call last):',
  '  File "/job/20_ingest.py", line 42, in run',
  '    rows = [normalise(record) for record in payload["records"]]',
  "KeyError: 'customer_id'",
  line('ERROR', 'vdk.internal.builtin_plugins.run.execution_results', 'Job execution result: ERROR', id),
];

describe('extractLogSignature', () => {
  it('names the failing step and the last exception line of a traceback', () => {
    expect(extractLogSignature(userErrorLog('ingest-sales-1764583200'))).toEqual({
      step: '20_ingest.py',
      error: "KeyError: 'customer_id'",
    });
  });

  it('gives two runs of the same failure one signature', () => {
    expect(extractLogSignature(userErrorLog('ingest-sales-1764583200'))).toEqual(
      extractLogSignature(userErrorLog('ingest-sales-1764590000')),
    );
  });

  it('takes the last ERROR message when there is no traceback, and normalises it', () => {
    const signature = extractLogSignature([
      line('INFO', 'vdk.internal.builtin_plugins.run.data_job', 'Processing step 20_ingest.py ...'),
      line(
        'ERROR',
        'vdk.internal.builtin_plugins.connection',
        'Failed to connect to trino.svc:8080: ConnectionRefusedError: [Errno 111] Connection refused',
      ),
      line('ERROR', 'vdk.internal.builtin_plugins.run.execution_results', 'Job execution result: ERROR'),
    ]);
    expect(signature).toEqual({
      step: '20_ingest.py',
      error: 'Failed to connect to trino.svc:<n>: ConnectionRefusedError: [Errno <n>] Connection refused',
    });
  });

  it('finds nothing in a log without an error, an empty log or a huge line', () => {
    expect(extractLogSignature([line('INFO', 'run', 'Job execution result: SUCCESS')])).toBeUndefined();
    expect(extractLogSignature([])).toBeUndefined();
    expect(extractLogSignature([MEGABYTE])).toBeUndefined();
  });

  it('keeps a hostile exception text as text, cut to a readable length', () => {
    const signature = extractLogSignature([`ValueError: <script>alert(1)</script>${'x'.repeat(10_000)}`]);
    expect(signature?.error.startsWith('ValueError: <script>alert(<n>)</script>')).toBe(true);
    expect(signature!.error.length).toBeLessThan(600);
  });
});
