import type { ApiErrorInit } from '@/api/errors';
import type { ExecutionHistoryParams } from '@/api/graphql/execution-history-query';
import type { FailureDigest } from '../model/log-candidates';
import type { LogSignature } from '../model/log-signature';
import type { Cause } from '../model/triage';

/** Runs to read and keep where triage runs; the page gets only their summary. */
export interface RunsRequest {
  params: ExecutionHistoryParams;
  /** Names the URL only (see readExecutionHistory). */
  pathTeam: string;
  /** The failed runs: their digest (failing jobs, runs whose log may be there) comes with the summary. */
  digest: boolean;
}

/** What the page knows of runs read elsewhere: `handle` names them in a triage request. */
export interface RunsSummary {
  handle: number;
  totalItems: number;
  /** How many were read (at most the limit asked for). */
  read: number;
  digest?: FailureDigest;
}

/** Triage of runs read before: no successes when no job failed. */
export interface TriageRequest {
  failures: number;
  successes?: number;
  logSignatures: ReadonlyMap<string, LogSignature>;
}

/** How the worker makes its twin of the page's API client; the token is asked of the page for each request. */
export interface ClientSetup {
  baseUrl: string;
  timeoutMs?: number;
  /** The page's client renews the token on a 401 (and the request is sent again). */
  renews: boolean;
}

/** Page -> worker. `auth` answers the worker's question `id`. */
export type ToWorker =
  | { kind: 'read'; id: number; client: ClientSetup; request: RunsRequest }
  | { kind: 'abort'; id: number }
  | { kind: 'triage'; id: number; request: TriageRequest }
  | { kind: 'auth'; id: number; answer: string | boolean | undefined };

/** A failure as it crosses: the API's errors keep their facts, anything else its name and message. */
export type FailureReply = { api: ApiErrorInit } | { name: string; message: string };

/** Worker -> page. `null` triage: the runs named are no longer kept (read them again). */
export type FromWorker =
  | { kind: 'done'; id: number; result: RunsSummary | Cause[] | null }
  | { kind: 'failed'; id: number; error: FailureReply }
  | { kind: 'auth'; id: number; ask: 'token' | 'renew' };
