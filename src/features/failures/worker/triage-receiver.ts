import { createApiClient, type ApiClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import { readExecutionHistory } from '@/api/executions/history';
import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { digestFailures } from '../model/log-candidates';
import { triageFailures, type Cause } from '../model/triage';
import type {
  ClientSetup,
  FailureReply,
  FromWorker,
  RunsRequest,
  RunsSummary,
  ToWorker,
  TriageRequest,
} from './triage-protocol';

/** Lists of runs kept (up to 10,000 runs each): a window's failures and successes, and the window's before. */
const KEPT = 4;

export interface TriageReceiver {
  read(client: ApiClient, handle: number, request: RunsRequest, signal: AbortSignal): Promise<RunsSummary>;
  triage(request: TriageRequest): Cause[] | null;
}

/**
 * Where the runs are read, parsed and kept, and triaged: in the worker (triage.worker.ts), or on the page where no
 * worker runs. Parsing a page of 1,000 runs (about 370 KB) took 47–84 ms at 4× throttle: none of it is the page's.
 */
export function createTriageReceiver(): TriageReceiver {
  const kept = new Map<number, ExecutionHistoryRun[]>();
  return {
    async read(client, handle, { params, pathTeam, digest }, signal) {
      const { runs, totalItems } = await readExecutionHistory(client, params, pathTeam, signal);
      kept.set(handle, runs);
      for (const old of kept.keys()) if (kept.size > KEPT) kept.delete(old);
      const summary: RunsSummary = { handle, totalItems, read: runs.length };
      if (digest) summary.digest = await digestFailures(runs, Date.now());
      return summary;
    },
    triage({ failures, successes, logSignatures }) {
      const failed = kept.get(failures);
      const succeeded = successes === undefined ? [] : kept.get(successes);
      if (!failed || !succeeded) return null;
      return triageFailures({ failures: failed, successes: succeeded, logSignatures });
    },
  };
}

/** A failure as it crosses to the page (`revive` makes it again there). */
export function failureReply(error: unknown): FailureReply {
  if (error instanceof ApiError) return { api: error.toInit() };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function revive(reply: FailureReply): Error {
  if ('api' in reply) return new ApiError(reply.api);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}

/**
 * The worker's side (triage.worker.ts): reads the page's runs, keeps and triages them, and posts back only their
 * summary and the causes. Requests go out through the API client as on the page; the page answers for the token and
 * renews it on a 401.
 */
export function serveTriage(post: (reply: FromWorker) => void): (message: ToWorker) => void {
  const receiver = createTriageReceiver();
  const reads = new Map<number, AbortController>();
  const questions = new Map<number, (answer: string | boolean | undefined) => void>();
  let asked = 0;
  let client: { setup: string; client: ApiClient } | undefined;

  const ask = (what: 'token' | 'renew') =>
    new Promise<string | boolean | undefined>((resolve) => {
      const id = ++asked;
      questions.set(id, resolve);
      post({ kind: 'auth', id, ask: what });
    });

  const clientFor = (setup: ClientSetup): ApiClient => {
    const key = JSON.stringify(setup);
    if (client?.setup !== key) {
      const made = createApiClient({
        baseUrl: setup.baseUrl,
        timeoutMs: setup.timeoutMs,
        getAccessToken: async () => {
          const token = await ask('token');
          return typeof token === 'string' ? token : undefined;
        },
        ...(setup.renews ? { onUnauthorized: async () => (await ask('renew')) === true } : {}),
      });
      client = { setup: key, client: made };
    }
    return client.client;
  };

  return (message) => {
    switch (message.kind) {
      case 'auth':
        questions.get(message.id)?.(message.answer);
        questions.delete(message.id);
        return;
      case 'abort':
        reads.get(message.id)?.abort(new DOMException('The page no longer needs these runs.', 'AbortError'));
        return;
      case 'triage':
        return post({ kind: 'done', id: message.id, result: receiver.triage(message.request) });
      case 'read': {
        const { id } = message;
        const controller = new AbortController();
        reads.set(id, controller);
        receiver
          .read(clientFor(message.client), id, message.request, controller.signal)
          .then(
            (result) => post({ kind: 'done', id, result }),
            (error: unknown) => post({ kind: 'failed', id, error: failureReply(error) }),
          )
          .finally(() => reads.delete(id));
      }
    }
  };
}
