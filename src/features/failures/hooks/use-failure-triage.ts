import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import type { TeamScope } from '@/components/team/team-scope';
import { useJobTeams } from '@/components/team/use-job-teams';
import { browserStore } from '@/lib/browser-store';
import { nextTask } from '@/lib/next-task';
import { failureQueries, windowParams } from '../model/failure-queries';
import type { FailureWindow } from '../model/failures-search';
import { extractLogSignature, type LogSignature } from '../model/log-signature';
import { logCandidates } from '../model/log-candidates';
import { readSignatures, saveSignature } from '../model/signature-store';
import { triageSession } from '../worker/triage-session';

const signatureKeys = {
  stored: ['failure-log-signatures'] as const,
  read: (team: string, job: string, id: string) => ['failure-log-signatures', 'read', team, job, id] as const,
};

/**
 * The failures of a team (or every team) over a window, grouped into causes: failed and skipped runs, the
 * successes of the failing jobs (to see what a new version broke), signatures from the few logs still there,
 * then triage. The runs are read, kept and triaged in a worker: this thread sees their summaries and the causes.
 */
const NO_JOBS: string[] = [];

export function useFailureTriage({ team, pathTeam }: TeamScope, window: FailureWindow) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  // The window's start is fixed when the page opens or the window changes; Refresh asks again for it.
  const [openedAt] = useState(() => Date.now());
  const base = windowParams(team, window, openedAt);

  const failures = useQuery(failureQueries.failed(client, base, pathTeam));
  const digest = failures.data?.digest;
  const failingJobs = digest?.failingJobs ?? NO_JOBS;
  const successes = useQuery({
    ...failureQueries.successes(client, base, failingJobs, pathTeam),
    enabled: failingJobs.length > 0,
  });

  const stored = useQuery({ queryKey: signatureKeys.stored, queryFn: () => readSignatures(browserStore) });
  const candidates = useMemo(
    () => (stored.data && digest ? logCandidates(digest.withLogs, new Set(stored.data.keys())) : []),
    [stored.data, digest],
  );
  // The logs endpoint needs the run's team, which a run does not name: on every team's page it is asked per job.
  const jobTeams = useJobTeams(
    candidates.map((run) => run.jobName!),
    team,
    pathTeam,
  );
  const readable = candidates.flatMap((run) => {
    const runTeam = jobTeams.teamOf(run.jobName);
    return runTeam ? [{ run, ref: { team: runTeam, job: run.jobName!, executionId: run.id! } }] : [];
  });
  const reads = useQueries({
    queries: readable.map(({ run, ref }) => {
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
  // The runs whose log showed a signature: what the signatures below, and so the triage, change with.
  const readSignaturesKey = readable.map(({ run }, index) => (reads[index]?.data ? run.id : '')).join('\n');

  const signatures = useMemo(() => {
    const all = new Map(stored.data);
    reads.forEach((read, index) => {
      if (read.data) all.set(readable[index]!.run.id!, read.data);
    });
    return all;
    // `reads` and `readable` are new arrays every render; the settled results are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.data, readSignaturesKey]);

  const refresh = () => {
    void failures.refetch();
    if (failingJobs.length > 0) void successes.refetch();
  };
  // No job failed (only skips): there are no successes to compare with.
  const successRuns = failingJobs.length === 0 ? null : successes.data?.handle;
  const request =
    failures.data && successRuns !== undefined && stored.data
      ? { failures: failures.data.handle, successes: successRuns ?? undefined, logSignatures: signatures }
      : undefined;
  // The request names the runs by handle; the signatures are too large for a key, the stamp changes when they do.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const triage = useQuery({
    queryKey: ['failure-triage', request?.failures, request?.successes, stored.dataUpdatedAt, readSignaturesKey],
    queryFn: async () => {
      const causes = await triageSession().triage(request!);
      if (causes) return causes;
      // The worker no longer keeps those runs (the page was left for others a while): read them again.
      refresh();
      throw new Error('The runs to triage are read again.');
    },
    enabled: request !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    placeholderData: keepPreviousData,
  });

  return {
    failures,
    successes,
    causes: triage.data,
    isTriaging: triage.isFetching,
    logsRead: reads.filter((read) => read.isSuccess).length,
    logsReading: jobTeams.isPending || reads.some((read) => read.isPending),
    /** A run's team where the page knows it: its own team, or on every team's page the team asked for its log. */
    teamOf: jobTeams.teamOf,
    signaturesPersist: browserStore.isPersistent(),
    refresh,
  };
}
