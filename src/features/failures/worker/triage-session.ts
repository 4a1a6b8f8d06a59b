import type { ApiClient } from '@/api/client';
import type { Cause } from '../model/triage';
import type { FromWorker, RunsRequest, RunsSummary, ToWorker, TriageRequest } from './triage-protocol';
import { createTriageReceiver, revive } from './triage-receiver';

export interface TriageSession {
  /** Reads the runs where they are triaged; aborting `signal` stops their requests. */
  read(client: ApiClient, request: RunsRequest, signal: AbortSignal): Promise<RunsSummary>;
  /** The causes of runs read before; null when they are no longer kept (read them again). */
  triage(request: TriageRequest): Promise<Cause[] | null>;
}

type WithoutId<T> = T extends { id: number } ? Omit<T, 'id'> : never;
/** What the page asks of the worker (the id is added when it is sent). */
type Ask = WithoutId<Extract<ToWorker, { kind: 'read' | 'triage' }>>;

interface Pending {
  resolve(result: unknown): void;
  reject(error: unknown): void;
  /** The same work on this thread, should the worker stop before answering. */
  here(): Promise<unknown>;
}

/** Marks each read the page asks of the worker: performance tools (and the benchmark) time the page's work from it. */
const RUNS_READ_MARK = 'vdk:failure-runs-read';

const startWorker = () => new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module' });

/**
 * The page's side of triage: runs are read, parsed, kept and triaged in a Web Worker, and only their summary and
 * the causes reach the page. Where no worker starts (tests, a page that forbids them), the same work runs here.
 */
export function createTriageSession(
  create: (() => Worker) | undefined = typeof Worker === 'undefined' ? undefined : startWorker,
): TriageSession {
  const here = createTriageReceiver();
  let worker: Worker | undefined;
  let broken = create === undefined;
  let ids = 0;
  const pending = new Map<number, Pending>();
  /** The page's client: it answers the worker's questions for a token. */
  let app: ApiClient | undefined;

  const answer = async (id: number, ask: 'token' | 'renew') => {
    const options = app?.options;
    const reply = ask === 'token' ? await options?.getAccessToken?.() : await options?.onUnauthorized?.();
    worker?.postMessage({ kind: 'auth', id, answer: reply } satisfies ToWorker);
  };

  const running = (): Worker => {
    if (worker) return worker;
    const started = create!();
    started.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.kind === 'auth') return void answer(data.id, data.ask).catch(() => undefined);
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (data.kind === 'done') waiting?.resolve(data.result);
      else waiting?.reject(revive(data.error));
    };
    started.onerror = (event) => {
      event.preventDefault();
      broken = true;
      started.terminate();
      worker = undefined;
      for (const waiting of pending.values()) waiting.here().then(waiting.resolve, waiting.reject);
      pending.clear();
    };
    worker = started;
    return started;
  };

  /** Asks the worker; `here` does the same work on this thread. Every ask has a new id (a read's is its handle). */
  function call<T>(ask: Ask, here: (id: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const id = ++ids;
    if (broken) return here(id);
    const target = running();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve, reject, here: () => here(id) });
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(id)) return;
          target.postMessage({ kind: 'abort', id } satisfies ToWorker);
          const reason: unknown = signal.reason;
          reject(reason instanceof Error ? reason : new DOMException(String(reason), 'AbortError'));
        },
        { once: true },
      );
      target.postMessage({ ...ask, id } satisfies ToWorker);
    });
  }

  return {
    read(client, request, signal) {
      app = client;
      performance.mark(RUNS_READ_MARK);
      const { timeoutMs, onUnauthorized } = client.options;
      const setup = { baseUrl: client.baseUrl, timeoutMs, renews: onUnauthorized !== undefined };
      return call({ kind: 'read', client: setup, request }, (id) => here.read(client, id, request, signal), signal);
    },
    triage(request) {
      return call({ kind: 'triage', request }, () => Promise.resolve(here.triage(request)));
    },
  };
}

let shared: TriageSession | undefined;

/**
 * The app's one triage session, started by the failures route's loader or page: the runs a query read stay with the
 * worker that read them, as long as the query's answer names them.
 */
export const triageSession = (): TriageSession => (shared ??= createTriageSession());
