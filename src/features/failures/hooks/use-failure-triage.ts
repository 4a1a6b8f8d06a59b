import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import type { TeamScope } from '@/components/team/team-scope';
import { browserStore } from '@/lib/browser-store';
import { nextTask } from '@/lib/next-task';
import { FAILURE_LIMIT, failedRunsParams, windowParams } from '../model/failure-queries';
import type { FailureWindow } from '../model/failures-search';
import { extractLogSignature, type LogSignature } from '../model/log-signature';
import { digestFailures, logCandidates } from '../model/log-candidates';
import { readSignatures, saveSignature } from '../model/signature-store';
import { createTriageSession } from '../worker/triage-session';

const signatureKeys = {
  stored: ['failure-log-signatures'] as const,
  read: (team: string, job: string, id: string) => ['failure-log-signatures', 'read', team, job, id] as const,
};
/** Worked out in the page from the failures it read, once per answer: never kept once the page is gone. */
const triageKeys = {
  digest: (team: string | undefined, startedAfter: string, readAt: number) =>
    ['failure-digest', team, startedAfter, readAt] as const,
};

/**
 * The failures of a team (or every team) over a window, grouped into causes: failed and skipped runs, the
 * successes of the failing jobs (to see what a new version broke), signatures from the few logs still there,
 * then triage in a worker.
 */
const NO_JOBS: string[] = [];

export function useFailureTriage({ team, pathTeam }: TeamScope, window: FailureWindow) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  // The window's start is fixed when the page opens or the window changes; Refresh asks again for it.
  const [openedAt] = useState(() => Date.now());
  const [session] = useState(() => createTriageSession());
  useEffect(() => () => session.close(), [session]);
  const base = windowParams(team, window, openedAt);

  const failures = useQuery(executionQueries.history(client, failedRunsParams(base), pathTeam));
  // The key names the answer it digests; the client and the runs are not part of it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const digest = useQuery({
    queryKey: triageKeys.digest(team, base.startedAfter, failures.dataUpdatedAt),
    queryFn: () => digestFailures(failures.data!.runs, openedAt),
    enabled: failures.data !== undefined,
    staleTime: Infinity,
    gcTime: 0,
  });
  const failingJobs = digest.data?.failingJobs ?? NO_JOBS;
  const successes = useQuery({
    ...executionQueries.history(
      client,
      { ...base, statuses: ['SUCCEEDED'], jobs: failingJobs, limit: FAILURE_LIMIT },
      pathTeam,
    ),
    enabled: failingJobs.length > 0,
  });

  const stored = useQuery({ queryKey: signatureKeys.stored, queryFn: () => readSignatures(browserStore) });
  // Logs are read only on a team's page: every run there names its team, which the logs endpoint needs.
  const candidates = useMemo(
    () => (team && stored.data && digest.data ? logCandidates(digest.data.withLogs, new Set(stored.data.keys())) : []),
    [team, stored.data, digest.data],
  );
  const reads = useQueries({
    queries: candidates.map((run) => {
      const ref = { team: team!, job: run.jobName!, executionId: run.id! };
      // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client is the app's one client
      return {
        queryKey: signatureKeys.read(ref.team, ref.job, ref.executionId),
        queryFn: async (): Promise<LogSignature | null> => {
          // The reads start together, in the render that found them: each request goes out in a task of its own.
          await nextTask();
          const log = await queryClient.fetchQuery(executionQueries.logs(client, ref));
          const signature = extractLogSignature(log.split('\n'));
          if (signature) await saveSignature(browserStore, run.id!, signature, Date.now());
          return signature ?? null;
        },
        staleTime: Infinity,
        retry: false,
      };
    }),
  });
  const readSignaturesKey = reads.map((read) => (read.data ? 1 : 0)).join('');

  const signatures = useMemo(() => {
    const all = new Map(stored.data);
    reads.forEach((read, index) => {
      if (read.data) all.set(candidates[index]!.id!, read.data);
    });
    return all;
    // `reads` is a new array every render; its settled results are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.data, candidates, readSignaturesKey]);

  const successRuns = digest.data && (failingJobs.length === 0 ? [] : successes.data?.runs);
  const input =
    failures.data && successRuns && stored.data
      ? { failures: failures.data.runs, successes: successRuns, logSignatures: signatures }
      : undefined;
  // The input is too large for a key; these stamps change exactly when it does.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const triage = useQuery({
    queryKey: [
      'failure-triage',
      team,
      base.startedAfter,
      failures.dataUpdatedAt,
      successes.dataUpdatedAt,
      stored.dataUpdatedAt,
      readSignaturesKey,
    ],
    queryFn: () => session.triage(input!),
    enabled: input !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });

  return {
    failures,
    successes,
    causes: triage.data,
    isTriaging: triage.isFetching,
    logsRead: reads.filter((read) => read.isSuccess).length,
    logsReading: reads.some((read) => read.isPending),
    signaturesPersist: browserStore.isPersistent(),
    refresh: () => {
      void failures.refetch();
      if (failingJobs.length > 0) void successes.refetch();
    },
  };
}
