import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import type { JobRef } from '@/api/types';
import { notificationCoverage, type NotificationCoverage } from '../model/notification-coverage';
import { combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';

/** Jobs per request: most teams are one request. */
const CONTACTS_PAGE = 1_000;
/**
 * Whether a job's execution notifications are on is only in its REST config, one request per job: done on its own
 * for this many jobs, and on request beyond (a 1,000-job team would be a thousand requests on every visit).
 */
export const AUTO_SWITCH_CHECKS = 50;

export interface SwitchCheck {
  /** Jobs whose switch matters: they notify someone. */
  total: number;
  /** Undefined until every one was read. */
  off: JobRef[] | undefined;
  /** Jobs whose config could not be read. */
  failed: number;
  /** False until asked, for teams beyond AUTO_SWITCH_CHECKS. */
  isStarted: boolean;
  start: () => void;
}

/** Who hears about failures, from every job's contacts (GraphQL, 1,000 jobs a request). */
export function useNotificationCoverage({ team, pathTeam }: HomeScope): CardState<NotificationCoverage> & {
  switches: SwitchCheck;
} {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const contacts = useQuery({
    ...teamHealthQueries.jobContacts(client, { team, pageSize: CONTACTS_PAGE }, pathTeam),
  });
  const state = combineStates([contacts], ([jobs]) =>
    notificationCoverage(
      (jobs ?? []).flatMap((job) =>
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
    ),
  );
  const notifying = state.data?.notifying ?? [];
  const [isAsked, setIsAsked] = useState(false);
  const isStarted = isAsked || notifying.length <= AUTO_SWITCH_CHECKS;
  const switches = useQuery({
    ...teamHealthQueries.notificationSwitches(client, queryClient, team, notifying),
    enabled: isStarted && notifying.length > 0,
  });
  return {
    ...state,
    switches: {
      total: notifying.length,
      off: switches.data?.off,
      failed: switches.data?.failed ?? 0,
      isStarted,
      start: () => setIsAsked(true),
    },
  };
}
