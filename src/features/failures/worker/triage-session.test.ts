import { describe, expect, it } from 'vitest';
import { historyRun, manyFailures } from '../model/failure-fixtures';
import type { LogSignature } from '../model/log-signature';
import { triageFailures, type TriageInput } from '../model/triage';
import type { TriageRequest } from './triage-protocol';
import { createTriageReceiver } from './triage-receiver';
import { createTriageSession, TRIAGE_SLICE } from './triage-session';

/** A worker in this thread: messages are cloned as postMessage clones them, and answered in a later task. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: TriageRequest[] = [];
  terminated = false;
  private readonly receive = createTriageReceiver();
  constructor(private readonly fails = false) {}

  postMessage(request: TriageRequest) {
    if (this.terminated) return;
    this.received.push(request);
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.fails) return this.onerror?.(new ErrorEvent('error', { cancelable: true }));
      const reply = this.receive(copy);
      if (reply) this.onmessage?.(new MessageEvent('message', { data: reply }));
    });
  }

  terminate() {
    this.terminated = true;
  }
}

function sessionWith(fails = false) {
  const workers: FakeWorker[] = [];
  const session = createTriageSession(() => {
    const worker = new FakeWorker(fails);
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { session, workers };
}

const input = (signatures: [string, LogSignature][] = []): TriageInput => ({
  failures: manyFailures(2_500),
  successes: [historyRun({ id: 'ok-1', jobName: 'job-1', status: 'SUCCEEDED' })],
  logSignatures: new Map(signatures),
});

describe('triage session', () => {
  it('sends the runs in slices and answers what triage in this thread answers', async () => {
    const { session, workers } = sessionWith();
    const first = input();
    await expect(session.triage(first)).resolves.toEqual(triageFailures(first));
    const runs = workers[0]!.received.filter((request) => request.kind === 'runs');
    expect(runs.map((request) => [request.list, request.first, request.runs.length])).toEqual([
      ['failures', true, TRIAGE_SLICE],
      ['failures', false, TRIAGE_SLICE],
      ['failures', false, 2_500 - 2 * TRIAGE_SLICE],
      ['successes', true, 1],
    ]);
  });

  it('sends only the signatures when the runs are the same, and the runs again when they change', async () => {
    const { session, workers } = sessionWith();
    const first = input();
    await session.triage(first);
    const failed = first.failures.find((run) => run.status === 'USER_ERROR')!;
    const signature = { step: 'transform.sql', error: 'KeyError: customer_id' };
    const again = { ...first, logSignatures: new Map([[failed.id!, signature]]) };
    const causes = await session.triage(again);
    expect(causes.some((cause) => cause.kind === 'log')).toBe(true);
    expect(causes).toEqual(triageFailures(again));
    expect(workers[0]!.received.slice(-1)).toEqual([{ kind: 'triage', logSignatures: again.logSignatures }]);
    expect(workers[0]!.received.filter((request) => request.kind === 'runs')).toHaveLength(4);

    const refreshed = { ...again, failures: first.failures.slice(0, 10) };
    await expect(session.triage(refreshed)).resolves.toEqual(triageFailures(refreshed));
    expect(workers).toHaveLength(1);
  });

  it('computes here when the worker fails, and keeps answering after it was closed', async () => {
    const failing = sessionWith(true);
    const first = input();
    await expect(failing.session.triage(first)).resolves.toEqual(triageFailures(first));

    const { session, workers } = sessionWith();
    await session.triage(first);
    session.close();
    expect(workers[0]!.terminated).toBe(true);
    await expect(session.triage(first)).resolves.toEqual(triageFailures(first));
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.filter((request) => request.kind === 'runs')).toHaveLength(4);
  });
});
