import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import { teamHealthQueries } from '@/api/team-health/queries';
import type { JobContactsQuery } from '@/api/generated/graphql/graphql';
import type { JobRef } from '@/api/types';
import { notificationCoverage, type NotificationCoverage } from '../model/notification-coverage';
import { combineStates, type CardState } from './card-state';
import type { HomeScope } from './use-home-scope';

/** Jobs per request: most teams are one request. */
const CONTACTS_PAGE = 1_000;
/**
 * Whether a job's execution notifications are on is only in its REST config, one request per job: done on its own
 * for this many jobs, and on request beyond (a 1,000-job team would be a thousand requests on every visit).
 */
export const AUTO_SWITCH_CHECKS = 50;

type ContactsPage = NonNullable<JobContactsQuery['jobs']>;

export interface SwitchCheck {
  /** Jobs whose switch matters (they notify someone) and how many of them were read. */
  total: number;
  checked: number;
  failed: number;
  off: JobRef[];
  /** False until asked, for teams beyond AUTO_SWITCH_CHECKS. */
  isStarted: boolean;
  start: () => void;
}

function toInputs(pages: ContactsPage[], team: string | undefined) {
  return pages.flatMap((page) =>
    (page.content ?? []).flatMap((job) =>
      job?.jobName
        ? [
            {
              team: job.config?.team ?? team ?? '',
              job: job.jobName,
              userError: job.config?.contacts?.notifiedOnJobFailureUserError,
              platformError: job.config?.contacts?.notifiedOnJobFailurePlatformError,
              isDeployed: (job.deployments?.length ?? 0) > 0,
            },
          ]
        : [],
    ),
  );
}

/** Who hears about failures, from every job's contacts (GraphQL, a page of 1,000 jobs a request). */
export function useNotificationCoverage({ team, pathTeam }: HomeScope): CardState<NotificationCoverage> & {
  switches: SwitchCheck;
} {
  const client = useApiClient();
  const first = useQuery(teamHealthQueries.jobContacts(client, { team, page: 1, pageSize: CONTACTS_PAGE }, pathTeam));
  const pageCount = first.data?.totalPages ?? 1;
  const rest = useQueries({
    queries: Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) =>
      teamHealthQueries.jobContacts(client, { team, page: index + 2, pageSize: CONTACTS_PAGE }, pathTeam),
    ),
  });
  const state = combineStates([first].concat(rest), (pages) => notificationCoverage(toInputs(pages, team)));

  const notifying = state.data?.notifying ?? [];
  const [isAsked, setIsAsked] = useState(false);
  const isStarted = isAsked || notifying.length <= AUTO_SWITCH_CHECKS;
  const details = useQueries({
    queries: notifying.map((ref) => ({ ...jobQueries.detail(client, ref), enabled: isStarted })),
  });
  const off: JobRef[] = [];
  let checked = 0;
  let failed = 0;
  details.forEach((detail, index) => {
    if (detail.isError) failed += 1;
    if (!detail.data) return;
    checked += 1;
    if (detail.data.config?.enable_execution_notifications === false) off.push(notifying[index]!);
  });
  return {
    ...state,
    switches: { total: notifying.length, checked, failed, off, isStarted, start: () => setIsAsked(true) },
  };
}
