import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import type { LogSignature } from '../model/log-signature';
import type { Cause } from '../model/triage';

export type RunList = 'failures' | 'successes';

/**
 * What the page sends its triage worker: the runs a slice at a time (`first` starts the list again), then a request
 * to triage them with the signatures known now. Messages arrive in order, so a request sees every slice sent before.
 */
export type TriageRequest =
  | { kind: 'runs'; list: RunList; first: boolean; runs: readonly ExecutionHistoryRun[] }
  | { kind: 'triage'; logSignatures: ReadonlyMap<string, LogSignature> };

export type TriageReply = Cause[];
