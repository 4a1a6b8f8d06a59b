import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { triageFailures } from '../model/triage';
import type { RunList, TriageReply, TriageRequest } from './triage-protocol';

/** The worker's side of a triage session: keeps the runs sent, and answers a triage request with the causes. */
export function createTriageReceiver(): (request: TriageRequest) => TriageReply | undefined {
  const lists: Record<RunList, ExecutionHistoryRun[]> = { failures: [], successes: [] };
  return (request) => {
    if (request.kind === 'triage') return triageFailures({ ...lists, logSignatures: request.logSignatures });
    if (request.first) lists[request.list] = [];
    lists[request.list].push(...request.runs);
    return undefined;
  };
}
