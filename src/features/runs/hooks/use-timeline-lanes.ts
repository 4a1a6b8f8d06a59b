import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import { jobQueries } from '@/api/jobs/queries';
import type { ExecutionSummary, TimelineJob } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';
import type { TimeWindow } from '../model/timeline-window';

/** Lanes are fetched by pages of this many jobs, only the pages that are on screen. */
export const LANES_PER_PAGE = 50;
/** Runs of a page of lanes come in one request; a bound, not a page size anyone pages through. */
export const MAX_RUNS_PER_PAGE = 5_000;
const HOUR = 3_600_000;
/** Runs that started this long before the window are asked too: one may still have run at its first tick. */
const LOOKBACK_MS = 6 * HOUR;

export interface Lane {
  job: TimelineJob;
  /** Undefined while the page's runs load. */
  runs: ExecutionSummary[] | undefined;
}

interface UseTimelineLanesOptions {
  team: string | undefined;
  pathTeam: string;
  /** Exact names: a timeline of those jobs only; empty: every job. */
  jobs: readonly string[];
  window: TimeWindow;
  /** First and last lane index on screen (with overscan). */
  visible: { start: number; end: number };
}

const JOB_ORDER = { property: 'jobName' as const, direction: 'ASC' as const };

/**
 * The timeline's lanes, one per job in name order, for a team of any size: the job count comes with the first page,
 * and only the pages of lanes on screen are asked for, each with one request for its jobs' runs in the window.
 * Several named jobs are one page of lanes (they are fewer than a page): the service filters jobs by one name, so
 * each is asked for on its own.
 */
export function useTimelineLanes({ team, pathTeam, jobs, window, visible }: UseTimelineLanesOptions) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  const byName = jobs.length > 1;
  const jobsParams = (page: number) => ({
    team,
    jobName: jobs[0],
    page,
    pageSize: LANES_PER_PAGE,
    sort: JOB_ORDER,
  });
  const first = useQuery({
    ...jobQueries.timeline(client, jobsParams(1), pathTeam),
    placeholderData: keepPreviousData,
    enabled: !byName,
  });
  const named = useQueries({
    queries: (byName ? [...jobs].sort() : []).map((jobName) =>
      jobQueries.timeline(client, { team, jobName, page: 1, pageSize: 1 }, pathTeam),
    ),
  });
  const namedJobs = named.every((result) => result.data)
    ? named.flatMap((result) => result.data?.content?.filter((item) => item !== null) ?? [])
    : undefined;
  const total = (byName ? namedJobs?.length : first.data?.totalItems) ?? 0;
  const firstPage = Math.floor(Math.max(0, visible.start) / LANES_PER_PAGE) + 1;
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, visible.end) / LANES_PER_PAGE) + 1);
  const pageNumbers = byName ? [1] : Array.from({ length: lastPage - firstPage + 1 }, (_, index) => firstPage + index);

  const jobPages = useQueries({
    queries: (byName ? [] : pageNumbers).map((page) => ({
      ...jobQueries.timeline(client, jobsParams(page), pathTeam),
      enabled: total > 0,
    })),
  });
  const jobsOf = (index: number) => (byName ? namedJobs : jobPages[index]?.data?.content) ?? [];
  const namesOf = (index: number) => jobsOf(index).flatMap((item) => (item?.jobName ? [item.jobName] : []));
  const runPages = useQueries({
    queries: pageNumbers.map((_, index) => {
      const jobs = namesOf(index);
      return {
        ...executionQueries.runs(
          client,
          {
            team,
            jobs,
            page: 1,
            pageSize: MAX_RUNS_PER_PAGE,
            // Whole hours: a window that moves with the clock keeps asking the same question (and keeps its
            // cache) for an hour; the interval refresh brings the new runs.
            startedAfter: new Date(Math.floor((window.from - LOOKBACK_MS) / HOUR) * HOUR).toISOString(),
            startedBefore: new Date(Math.ceil(window.to / HOUR) * HOUR).toISOString(),
            order: { property: 'startTime', direction: 'ASC' },
          },
          pathTeam,
        ),
        enabled: jobs.length > 0,
        placeholderData: keepPreviousData,
        refetchInterval: executionsPageRefetchInterval(pollIntervalMs),
      };
    }),
  });

  const byJob = new Map<string, ExecutionSummary[]>();
  for (const result of runPages) {
    for (const run of result.data?.content ?? []) {
      if (!run?.jobName) continue;
      const list = byJob.get(run.jobName) ?? [];
      list.push(run);
      byJob.set(run.jobName, list);
    }
  }
  const laneAt = (index: number): Lane | undefined => {
    const pageIndex = byName ? 0 : Math.floor(index / LANES_PER_PAGE) + 1 - firstPage;
    const item = jobsOf(pageIndex)[index % LANES_PER_PAGE];
    if (!item?.jobName) return undefined;
    const loaded = runPages[pageIndex]?.data !== undefined;
    return {
      job: item,
      runs: loaded ? (byJob.get(item.jobName) ?? []) : undefined,
    };
  };

  const jobLists = byName ? named : [first];
  const all: { error: Error | null; isFetching: boolean; refetch: () => Promise<unknown> }[] = [...jobLists];
  for (const result of [jobPages, runPages].flat()) all.push(result);
  return {
    total,
    /** The first page of jobs (or a named job) has not answered yet: the count of lanes is not known. */
    isPending: jobLists.some((result) => result.isPending),
    /** It failed, and no earlier answer stands in: there are no lanes to show. */
    jobsError: jobLists.find((result) => result.data === undefined && result.error)?.error ?? null,
    error: all.find((result) => result.error)?.error ?? null,
    refetch: () => Promise.all(all.map((result) => result.refetch())),
    isFetching: all.some((result) => result.isFetching),
    dataUpdatedAt: Math.min(
      ...runPages.map((result) => result.dataUpdatedAt || Infinity),
      ...jobLists.map((result) => result.dataUpdatedAt),
    ),
    hasActive: [...byJob.values()].some((runs) => runs.some((run) => isActive(run.status))),
    isTruncated: runPages.some((result) => (result.data?.totalItems ?? 0) > MAX_RUNS_PER_PAGE),
    laneAt,
  };
}
